package org.ecopark.ledger.model;

import java.time.LocalDate;

/**
 * An event the park held or took part in: an exhibition, forum, supply-demand meeting, training or an
 * introduction of enterprises. Recurring targets count them per year.
 *
 * @param id           0 for an event not saved yet
 * @param participants how many took part; null when not known
 */
public record ParkEvent(long id, long parkId, LocalDate heldOn, String title, EventType type, boolean international,
                        Integer participants, String location, String note) {

    public ParkEvent withId(long newId) {
        return new ParkEvent(newId, parkId, heldOn, title, type, international, participants, location, note);
    }
}
