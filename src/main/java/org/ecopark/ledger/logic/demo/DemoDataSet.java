package org.ecopark.ledger.logic.demo;

import java.util.List;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.EventRow;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.PlatformRow;
import org.ecopark.ledger.persistence.bulk.ProgressRow;
import org.ecopark.ledger.persistence.bulk.ProjectRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.ecopark.ledger.persistence.bulk.TitleRow;

/**
 * A park's records as parsed and checked from the demo files, ready to be written; {@code warnings}
 * holds every finding that did not block loading, each naming its file and line.
 */
record DemoDataSet(List<EnterpriseRow> enterprises, List<TitleRow> titles, List<ProjectRow> projects,
                   List<ProgressRow> progress, List<StaffRow> staff, List<PatentRow> patents,
                   List<StandardRow> standards, List<PlatformRow> platforms, List<EventRow> events,
                   List<StatRow> statistics, List<String> warnings) {
}
