package org.ecopark.ledger.model;

/** A metric of the period statistics catalog, such as 总产值 in 万元. */
public record Metric(long id, String code, String name, String unit, MetricKind kind, int sortOrder) {
}
