package org.ecopark.ledger.model;

/** One province, cluster or park a target can bind, with the name people know it by. */
public record ScopeEntry(TargetScope scope, String code, String name) {
}
