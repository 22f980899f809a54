package org.ecopark.ledger.model;

/** Where a park project stands, as project.status stores it; a completed one has its completion date. */
public enum ProjectStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    SUSPENDED
}
