package org.ecopark.ledger.model;

/** An industry cluster of a city (Jinan, Qingdao, Zibo in the 311 plan). */
public record Cluster(long id, String code, String name, String city, boolean shipped) {
}
