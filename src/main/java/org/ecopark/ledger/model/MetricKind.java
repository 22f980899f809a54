package org.ecopark.ledger.model;

/** FLOW metrics add up over months (revenue); STOCK metrics are levels at the period's end (employees). */
public enum MetricKind {
    FLOW,
    STOCK
}
