package org.ecopark.ledger.model;

/**
 * The three kinds of Chinese patent. The plan counts them apart (a granted invention patent weighs
 * more than a utility model), and a PCT application entering China (type digit 8 or 9 in the
 * application number) is an invention or a utility model like any other.
 */
public enum PatentType {
    INVENTION,
    UTILITY_MODEL,
    DESIGN
}
