package org.ecopark.ledger.model;

/** Whom a target binds: the whole province, one of the industry clusters, or one park. */
public enum TargetScope {
    PROVINCE,
    CLUSTER,
    PARK
}
