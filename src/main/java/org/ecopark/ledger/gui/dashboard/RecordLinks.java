package org.ecopark.ledger.gui.dashboard;

import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.gui.Section;

/**
 * Where a record behind an indicator's value is kept, by the table name the drill-down gives
 * ({@link org.ecopark.ledger.model.DrillDownRow#recordType()}). Manual values and evidence have no
 * section of their own: they are edited on the target's detail, where the user already is.
 */
final class RecordLinks {

    private static final Map<String, Section> SECTIONS = Map.of(
            "patent", Section.PATENTS,
            "rd_staff", Section.STAFF,
            "enterprise", Section.ENTERPRISES,
            "standard", Section.STANDARDS,
            "innovation_platform", Section.PLATFORMS,
            "park_event", Section.EVENTS,
            "project", Section.PROJECTS,
            "period_stat", Section.STATISTICS);

    private RecordLinks() {
    }

    static Optional<Section> section(String recordType) {
        return Optional.ofNullable(SECTIONS.get(recordType));
    }
}
