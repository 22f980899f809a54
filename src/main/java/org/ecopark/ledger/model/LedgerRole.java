package org.ecopark.ledger.model;

/** Whose ledger it is: a park's, which keeps the park's records and sends packages, or a city bureau's (市局), which receives them. */
public enum LedgerRole {
    PARK,
    BUREAU
}
