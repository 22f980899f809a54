package org.ecopark.ledger.model;

/**
 * The level a Chinese standard is issued at, which the code prefix tells: GB national, HJ and the
 * other ministry codes industry, DB local, T/ group (association), Q/ enterprise. The plan's
 * "standards drafted" targets are reported per level.
 */
public enum StandardLevel {
    NATIONAL,
    INDUSTRY,
    LOCAL,
    GROUP,
    ENTERPRISE
}
