package org.ecopark.ledger.model;

/** The kind of a park event, as park_event.event_type stores it; recurring targets count some kinds. */
public enum EventType {
    EXHIBITION,
    FORUM,
    SUPPLY_DEMAND,
    TRAINING,
    INTRODUCTION,
    OTHER
}
