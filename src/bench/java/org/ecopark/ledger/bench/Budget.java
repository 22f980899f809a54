package org.ecopark.ledger.bench;

/**
 * The budgets of issue 9, on a 2-core machine. A ratio budget compares a figure with its floor measured in
 * the same run (so a slow machine does not fail it); an absolute one is what a user waits for or holds.
 */
public enum Budget {
    FIRST_FRAME(Kind.RATIO, 1.5),
    DASHBOARD_FILLED(Kind.RATIO, 2.5),
    EVALUATION(Kind.MILLIS, 100),
    IMPORT(Kind.RATIO, 1.5),
    EXPORT(Kind.MILLIS, 2000),
    /** The generated park's package against {@link ExportFloor} (issue 19). */
    EXPORT_FLOOR(Kind.RATIO, 1.5),
    PEAK_HEAP(Kind.MEGABYTES, 512),
    /** A figure shown for comparison only. */
    NONE(Kind.NONE, 0);

    /** What the limit is measured in. */
    public enum Kind {
        RATIO,
        MILLIS,
        MEGABYTES,
        NONE
    }

    /** How a figure stands against its budget. */
    public enum Mark {
        WITHIN,
        OVER,
        /** No budget, or a ratio budget whose floor is missing. */
        UNJUDGED
    }

    private final Kind kind;
    private final double limit;

    Budget(Kind kind, double limit) {
        this.kind = kind;
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    public double limit() {
        return limit;
    }

    /**
     * @param median the figure's median, in the budget's unit for absolute budgets
     * @param ratio  the median over its floor's median, or null without a floor
     */
    public Mark mark(double median, Double ratio) {
        return switch (kind) {
            case NONE -> Mark.UNJUDGED;
            case RATIO -> ratio == null ? Mark.UNJUDGED : ratio <= limit ? Mark.WITHIN : Mark.OVER;
            case MILLIS, MEGABYTES -> median <= limit ? Mark.WITHIN : Mark.OVER;
        };
    }

    /** The budget as the table shows it, e.g. {@code ≤ 1.5× floor}, {@code ≤ 100 ms}. */
    public String describe() {
        return switch (kind) {
            case NONE -> "";
            case RATIO -> "≤ " + Samples.format(limit) + "× floor";
            case MILLIS -> "≤ " + Samples.format(limit) + " ms";
            case MEGABYTES -> "≤ " + Samples.format(limit) + " MB";
        };
    }
}
