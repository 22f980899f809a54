package org.ecopark.ledger.model;

import java.time.LocalDate;

/**
 * An R&D staff member of one of the park's enterprises; a person counts towards the headcount from
 * joinedOn up to, but not including, leftOn.
 *
 * @param id           0 for a person not saved yet
 * @param enterpriseId null only in a form draft that has no employer chosen yet
 * @param idHint       the last characters of the ID card, to tell namesakes apart
 */
public record RdStaff(long id, Long enterpriseId, String name, String idHint, Education education,
                      String professionalTitle, boolean fullTime, LocalDate joinedOn, LocalDate leftOn) {

    public RdStaff withId(long newId) {
        return new RdStaff(newId, enterpriseId, name, idHint, education, professionalTitle, fullTime, joinedOn, leftOn);
    }

    /** Whether the person is on the staff on this day. */
    public boolean employedOn(LocalDate date) {
        return joinedOn != null && !joinedOn.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
    }
}
