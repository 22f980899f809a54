package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The change notes of figures that a writer inside a unit of work added set-wise ({@link PeriodStatRepository#insertAll}),
 * kept in memory instead of in {@code derived_change}: the writer knows each row it inserted, so the trigger leaves the
 * rows of that one statement alone ({@link DerivedChangeTrigger#notedByWriter}) and {@link IndicatorSummaries#flush()}
 * takes these notes in with the journal's, in the same transaction. A rollback drops them with the figures. Every
 * other write, and the same insert outside a unit of work, is noted by the trigger as before.
 */
final class FigureNotes {

    /** PostgreSQL's transaction-local setting that tells its trigger the writer notes the figures itself. */
    private static final String NOTED_BY_WRITER = "ecopark.noted_by_writer";

    /** A figure added: what its trigger note (kind S) would hold. */
    record Note(long enterpriseId, long metricId, int year, LocalDate periodEnd, BigDecimal valueChange) {
    }

    private final List<Note> notes = new ArrayList<>();

    /**
     * Runs the statement whose added figures the caller then notes here; the trigger notes none of them. H2's trigger
     * runs on the writing thread and reads a thread-local; PostgreSQL's reads the transaction-local setting
     * {@code ecopark.noted_by_writer} (migration V1.6 for PostgreSQL), set for this statement only.
     *
     * @param dsl the unit of work's transaction, on which the statement runs
     */
    static <T> T inserting(DSLContext dsl, Supplier<T> statement) {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return DerivedChangeTrigger.notedByWriter(statement);
        }
        notedByWriter(dsl, "on");
        try {
            return statement.get();
        } finally {
            notedByWriter(dsl, "off");
        }
    }

    private static void notedByWriter(DSLContext dsl, String value) {
        dsl.select(DSL.function("set_config", String.class, DSL.inline(NOTED_BY_WRITER), DSL.inline(value),
                DSL.inline(true))).fetch();
    }

    /** Notes a figure added: the change of value is its value for a month's figure, as the trigger notes it (V1.10). */
    void added(long enterpriseId, long metricId, String periodType, LocalDate start, LocalDate end, BigDecimal value) {
        notes.add(new Note(enterpriseId, metricId, start.getYear(), end, "MONTH".equals(periodType) ? value : null));
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    /** The notes so far, forgotten here: they are being taken in. */
    List<Note> take() {
        List<Note> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }
}
