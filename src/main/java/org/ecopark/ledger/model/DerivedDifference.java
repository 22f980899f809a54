package org.ecopark.ledger.model;

/**
 * A table of data derived from the records (the park sums the evaluation reads) whose rows for one park differ from
 * what the park's records give when recomputed from scratch.
 *
 * @param parkCode       the park's code ("#id" for a park that no longer exists)
 * @param table          which derived data
 * @param storedRows     rows the ledger holds for the park
 * @param recomputedRows rows the records give
 * @param differingRows  rows found on one side only (a wrong total counts twice: once stored, once recomputed)
 */
public record DerivedDifference(String parkCode, Table table, int storedRows, int recomputedRows, int differingRows) {

    /** The derived data, by what it holds. */
    public enum Table {
        /** Statistics summed per park and period. */
        PERIOD_SUMS,
        /** Statistics summed per enterprise and year. */
        ENTERPRISE_YEAR_SUMS,
        /** The spans over which STOCK figures (capacity, employees) hold. */
        HELD_FIGURES,
        /** Granted patents counted per park. */
        PATENT_SPANS,
        /** Full-time R&D staff counted per park. */
        STAFF_SPANS
    }
}
