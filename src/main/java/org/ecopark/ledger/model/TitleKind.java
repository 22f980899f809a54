package org.ecopark.ledger.model;

/**
 * Titles the plan counts: provincial 专精特新, national 专精特新"小巨人", 高新技术企业, 龙头骨干 (leading or
 * backbone), listed, and industry-chain leader (链主).
 */
public enum TitleKind {
    PROVINCIAL_SRDI,
    NATIONAL_LITTLE_GIANT,
    HIGH_TECH,
    LEADING,
    LISTED,
    CHAIN_LEADER
}
