package org.ecopark.ledger.logic.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.PackageRows.EventEntry;
import org.ecopark.ledger.model.PackageRows.OverriddenWarning;
import org.ecopark.ledger.model.PackageRows.PatentEntry;
import org.ecopark.ledger.model.PackageRows.PlatformEntry;
import org.ecopark.ledger.model.PackageRows.ProjectEntry;
import org.ecopark.ledger.model.PackageRows.StaffMember;
import org.ecopark.ledger.model.PackageRows.StandardEntry;
import org.ecopark.ledger.model.PackageRows.StatFigure;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.TargetDetail;

/**
 * Everything one package holds, read once so that the workbook, the PDF and data.json show the same
 * figures.
 *
 * @param details    the trajectory of each target by target code, for the PDF's charts
 * @param statistics read again from the ledger at each pass, as they are written: a large park's year is never held
 */
public record PackageData(Park park, ReportPeriod period, LocalDate asOf, Instant created, String programVersion,
                          SignatureBlock signature, boolean staffNames, List<Evaluation> evaluations,
                          Map<String, TargetDetail> details, List<Enterprise> enterprises,
                          Streamed<StatFigure> statistics, List<PatentEntry> patents, List<StaffMember> staff,
                          List<StandardEntry> standards, List<ProjectEntry> projects, List<PlatformEntry> platforms,
                          List<EventEntry> events, List<Milestone> milestones, List<OverriddenWarning> warnings,
                          String signerFingerprint) {

    /** Rows handed over one by one, read anew at each call. */
    @FunctionalInterface
    public interface Streamed<T> {
        void forEach(Consumer<? super T> each);
    }

    public PackageData {
        evaluations = List.copyOf(evaluations);
        details = Map.copyOf(details);
        enterprises = List.copyOf(enterprises);
        patents = List.copyOf(patents);
        staff = List.copyOf(staff);
        standards = List.copyOf(standards);
        projects = List.copyOf(projects);
        platforms = List.copyOf(platforms);
        events = List.copyOf(events);
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
    }
}
