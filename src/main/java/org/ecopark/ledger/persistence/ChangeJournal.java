package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.DERIVED_CHANGE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_LOAD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.persistence.jooq.tables.records.DerivedChangeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The journal of record changes the park sums have not taken in yet ({@code derived_change}), which the database
 * writes itself ({@link DerivedChangeTrigger}). Taking it in deletes the rows it returns, in one statement, so that a
 * change committed meanwhile by another transaction is either taken in here or left for the next one, never lost.
 * A park still being loaded ({@code park_load}) keeps one "whole park" note until its load completes.
 */
final class ChangeJournal {

    /** A metric's figures of one calendar year. */
    record MetricYear(long metricId, int year) {
    }

    /** A metric of a park. */
    record ParkMetric(long parkId, long metricId) {
    }

    /** A metric's figures of a park in one calendar year. */
    record ParkMetricYear(long parkId, long metricId, int year) {
    }

    /**
     * The changes of a park's metric in a year: per enterprise, the sum of the notes' changes of value, and whether every
     * note carried one (only months' figures added or given a new value, V1.10).
     */
    static final class YearChanges {
        private final Map<Long, BigDecimal> byEnterprise = new HashMap<>();
        private boolean allValued = true;

        Map<Long, BigDecimal> byEnterprise() {
            return byEnterprise;
        }

        boolean allValued() {
            return allValued;
        }

        private void add(long enterprise, BigDecimal change) {
            if (change == null) {
                allValued = false;
            } else {
                byEnterprise.merge(enterprise, change, BigDecimal::add);
            }
        }
    }

    /**
     * What the journal said, by park. {@code figureEnds}: per park and metric, the enterprises whose figures changed and
     * the last days of the changed figures' periods (a null day: a note that does not say).
     */
    record Taken(boolean everything, Set<Long> wholeParks, Set<Long> leavingParks,
                 Map<MetricYear, Set<Long>> figureParks, Set<Long> patentParks, Set<Long> staffParks,
                 Map<ParkMetric, Map<Long, Set<LocalDate>>> figureEnds, Map<ParkMetricYear, YearChanges> yearChanges) {

        boolean isEmpty() {
            return !everything && wholeParks.isEmpty() && leavingParks.isEmpty() && figureParks.isEmpty()
                    && patentParks.isEmpty() && staffParks.isEmpty();
        }
    }

    private ChangeJournal() {
    }

    /** The notes that can be taken in now: all but the whole-park notes of parks still loading. */
    private static Condition takeable() {
        return DSL.not(DERIVED_CHANGE.KIND.eq("K").and(DERIVED_CHANGE.PARK_ID.in(DSL.select(PARK_LOAD.PARK_ID)
                .from(PARK_LOAD))));
    }

    /** Whether changes wait to be taken in: a reader then lets them in first. */
    static boolean pending(DSLContext dsl) {
        return dsl.fetchExists(dsl.selectOne().from(DERIVED_CHANGE).where(takeable()));
    }

    /**
     * Deletes the notes that can be taken in and returns them by park, with the figures' notes a writer of this
     * transaction kept in memory ({@code kept}, may be null); a loading park's are left as one note.
     */
    static Taken take(DSLContext dsl, FigureNotes kept) {
        Taken result = new Taken(false, new HashSet<>(), new HashSet<>(), new HashMap<>(), new HashSet<>(), new HashSet<>(),
                new HashMap<>(), new HashMap<>());
        List<FigureNotes.Note> figures = kept == null ? List.of() : kept.take();
        if (figures.isEmpty() && !pending(dsl)) {
            return result; // most transactions change nothing the sums depend on: one cheap look, no write
        }
        Table<DerivedChangeRecord> taken = DSL.oldTable(dsl.deleteFrom(DERIVED_CHANGE).where(takeable()));
        // every note, not the distinct ones: the changes of value of one figure's notes add up
        List<? extends Record> notes = dsl.select(taken.field(DERIVED_CHANGE.KIND), taken.field(DERIVED_CHANGE.PARK_ID),
                        taken.field(DERIVED_CHANGE.ENTERPRISE_ID), taken.field(DERIVED_CHANGE.METRIC_ID),
                        taken.field(DERIVED_CHANGE.STAT_YEAR), taken.field(DERIVED_CHANGE.PERIOD_END),
                        taken.field(DERIVED_CHANGE.VALUE_CHANGE))
                .from(taken).fetch();
        if (notes.isEmpty() && figures.isEmpty()) {
            return result;
        }
        Set<Long> enterprises = new HashSet<>();
        notes.forEach(note -> {
            Long enterprise = note.get(2, Long.class);
            if (enterprise != null) {
                enterprises.add(enterprise);
            }
        });
        figures.forEach(figure -> enterprises.add(figure.enterpriseId()));
        Map<Long, Long> parkOf = parksOf(dsl, enterprises);
        boolean everything = false;
        for (Record note : notes) {
            Long park = note.get(1, Long.class);
            Long enterprise = note.get(2, Long.class);
            Long parkOfEnterprise = enterprise == null ? null : parkOf.get(enterprise);
            switch (note.get(0, String.class)) {
                case "A" -> everything = true;
                case "K" -> result.wholeParks().add(park);
                case "L" -> result.leavingParks().add(park);
                case "P" -> addIfKnown(result.patentParks(), parkOfEnterprise);
                case "R" -> addIfKnown(result.staffParks(), parkOfEnterprise);
                case "S" -> figure(result, parkOfEnterprise, enterprise, note.get(3, Long.class),
                        note.get(4, Integer.class), note.get(5, LocalDate.class), note.get(6, BigDecimal.class));
                default -> throw new IllegalStateException("Unknown change note " + note);
            }
        }
        for (FigureNotes.Note figure : figures) {
            figure(result, parkOf.get(figure.enterpriseId()), figure.enterpriseId(), figure.metricId(), figure.year(),
                    figure.periodEnd(), figure.valueChange());
        }
        // an enterprise deleted in the same transaction is gone from the table: its deletion noted its park whole
        Taken notLoading = withoutLoadingParks(dsl, result);
        return everything ? new Taken(true, Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Map.of(), Map.of()) : notLoading;
    }

    /** Takes in a figure's note (kind S): its park's metric and year, its enterprise's day and change of value. */
    private static void figure(Taken result, Long park, Long enterprise, long metric, int year, LocalDate end,
                               BigDecimal change) {
        if (park != null) {
            result.figureParks().computeIfAbsent(new MetricYear(metric, year), k -> new HashSet<>()).add(park);
            result.yearChanges().computeIfAbsent(new ParkMetricYear(park, metric, year), k -> new YearChanges())
                    .add(enterprise, change);
            result.figureEnds().computeIfAbsent(new ParkMetric(park, metric), k -> new HashMap<>())
                    .computeIfAbsent(enterprise, k -> new HashSet<>()).add(end);
        }
    }

    private static Map<Long, Long> parksOf(DSLContext dsl, Set<Long> enterprises) {
        Map<Long, Long> parkOf = new HashMap<>();
        List<Long> all = new ArrayList<>(enterprises);
        for (int from = 0; from < all.size(); from += 1_000) {
            dsl.select(ENTERPRISE.ID, ENTERPRISE.PARK_ID).from(ENTERPRISE)
                    .where(ENTERPRISE.ID.in(all.subList(from, Math.min(all.size(), from + 1_000))))
                    .forEach(r -> parkOf.put(r.value1(), r.value2()));
        }
        return parkOf;
    }

    private static void addIfKnown(Set<Long> parks, Long park) {
        if (park != null) {
            parks.add(park);
        }
    }

    /** Parks still loading are left out; each keeps one whole-park note, taken in when its load completes. */
    private static Taken withoutLoadingParks(DSLContext dsl, Taken taken) {
        Set<Long> loading = new HashSet<>(dsl.select(PARK_LOAD.PARK_ID).from(PARK_LOAD).fetch(PARK_LOAD.PARK_ID));
        if (loading.isEmpty()) {
            return taken;
        }
        Set<Long> touched = new HashSet<>();
        for (Set<Long> parks : List.of(taken.wholeParks(), taken.leavingParks(), taken.patentParks(), taken.staffParks())) {
            parks.stream().filter(loading::contains).forEach(touched::add);
            parks.removeAll(loading);
        }
        for (Set<Long> parks : taken.figureParks().values()) {
            parks.stream().filter(loading::contains).forEach(touched::add);
            parks.removeAll(loading);
        }
        taken.figureParks().values().removeIf(Set::isEmpty);
        taken.figureEnds().keySet().removeIf(parkMetric -> loading.contains(parkMetric.parkId()));
        taken.yearChanges().keySet().removeIf(parkMetricYear -> loading.contains(parkMetricYear.parkId()));
        touched.forEach(park -> noteWholePark(dsl, park));
        return taken;
    }

    /** Notes that everything of the park must be taken in again (once, however often it is asked). */
    static void noteWholePark(DSLContext dsl, long park) {
        dsl.insertInto(DERIVED_CHANGE, DERIVED_CHANGE.KIND, DERIVED_CHANGE.PARK_ID)
                .select(DSL.select(DSL.inline("K"), DSL.val(park)).whereNotExists(dsl.selectOne().from(DERIVED_CHANGE)
                        .where(DERIVED_CHANGE.KIND.eq("K")).and(DERIVED_CHANGE.PARK_ID.eq(park))))
                .execute();
    }

    /** Deletes every note: everything is being recomputed. The notes of parks still loading stay. */
    static void clear(DSLContext dsl) {
        dsl.deleteFrom(DERIVED_CHANGE).where(takeable()).execute();
    }
}
