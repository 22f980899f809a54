package org.ecopark.ledger.model;

/** The authority level that approved an innovation platform, as innovation_platform.level stores it. */
public enum PlatformLevel { NATIONAL, PROVINCIAL, MUNICIPAL }
