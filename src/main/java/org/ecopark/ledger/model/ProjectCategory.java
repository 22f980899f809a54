package org.ecopark.ledger.model;

/** What a park project builds or brings in, as project.category stores it. */
public enum ProjectCategory {
    CONSTRUCTION,
    PLATFORM,
    INFRASTRUCTURE,
    RD,
    ENTERPRISE_INTRODUCTION
}
