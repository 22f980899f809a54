package org.ecopark.ledger.gui;

import java.util.function.Predicate;
import org.ecopark.ledger.model.LedgerChange;

/**
 * The tables each kind of screen reads, as tests of a {@link LedgerChange}: a commit reloads the screens that
 * show what it wrote. A screen that names a table too many reloads once more than needed; one that misses a
 * table shows old figures, so when in doubt a table is named. A write to an unknown table reloads everything.
 */
public final class LedgerTables {

    /** Explanations of overridden warnings, which every record form shows with its record. */
    private static final String EXPLANATIONS = "warning_override";

    /** Targets are evaluated from nearly every table: the dashboard and a target's trajectory reload on any commit. */
    public static final Predicate<LedgerChange> ANY = change -> true;
    public static final Predicate<LedgerChange> ENTERPRISES = reads("enterprise", "enterprise_title", EXPLANATIONS);
    public static final Predicate<LedgerChange> PATENTS = reads("patent", "patent_owner", "enterprise", EXPLANATIONS);
    public static final Predicate<LedgerChange> STAFF = reads("rd_staff", "enterprise", EXPLANATIONS);
    public static final Predicate<LedgerChange> STANDARDS = reads("standard", "enterprise", EXPLANATIONS);
    public static final Predicate<LedgerChange> PLATFORMS = reads("innovation_platform", "enterprise", EXPLANATIONS);
    public static final Predicate<LedgerChange> PROJECTS = reads("project", "project_progress", "enterprise", "target",
            EXPLANATIONS);
    public static final Predicate<LedgerChange> EVENTS = reads("park_event", EXPLANATIONS);
    /** The enterprises a list or chooser offers. */
    public static final Predicate<LedgerChange> ENTERPRISE_CHOICES = reads("enterprise");
    /** The figures of the statistics grid. */
    public static final Predicate<LedgerChange> STAT_FIGURES = reads("period_stat", EXPLANATIONS);
    public static final Predicate<LedgerChange> STATISTICS = ENTERPRISE_CHOICES.or(STAT_FIGURES);
    public static final Predicate<LedgerChange> TARGETS = reads("target", "plan", "park", "cluster", "indicator");
    /** The plans a plan filter offers. */
    public static final Predicate<LedgerChange> PLANS = reads("plan");
    /** The parks and clusters targets are set for, and their names. */
    public static final Predicate<LedgerChange> SCOPES = reads("park", "cluster");
    /** One target's own fields. */
    public static final Predicate<LedgerChange> TARGET = reads("target");
    public static final Predicate<LedgerChange> EVIDENCE = reads("milestone_evidence");
    public static final Predicate<LedgerChange> SUBMISSIONS = reads("submission");
    public static final Predicate<LedgerChange> PARKS = reads("park");

    private LedgerTables() {
    }

    /** Whether a change wrote one of {@code tables}. */
    public static Predicate<LedgerChange> reads(String... tables) {
        String[] names = tables.clone();
        return change -> change.touches(names);
    }
}
