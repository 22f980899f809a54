package org.ecopark.ledger.model;

/** A featured industrial park: the unit a ledger installation serves. */
public record Park(long id, String code, String name, String shortName, String city, String district,
                   String clusterCode, String segment, boolean shipped) {
}
