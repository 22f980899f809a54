package org.ecopark.ledger.model;

import java.time.LocalDate;

/**
 * An innovation platform (laboratory, research centre, 一企一技术 centre) of the park or of one of its
 * enterprises; it counts from approvedOn up to, but not including, revokedOn.
 *
 * @param id           0 for a platform not saved yet
 * @param enterpriseId null for a platform of the park itself
 * @param approvedBy   the approving authority, e.g. 山东省工业和信息化厅
 */
public record InnovationPlatform(long id, long parkId, Long enterpriseId, String name, PlatformType type,
                                 PlatformLevel level, LocalDate approvedOn, String approvedBy, LocalDate revokedOn) {
}
