package org.ecopark.ledger.logic.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The park's projects with their dated progress entries. Completed projects count towards milestone and
 * "projects completed" targets, so a completed project needs its completion date; the entries are saved
 * with the project in one audited transaction, all or nothing.
 */
public final class ProjectService extends AuditedRecordService<Project> {

    public static final String TABLE = "project";

    public static final String NAME = "name";
    public static final String CATEGORY = "category";
    public static final String ENTERPRISE = "enterpriseId";
    public static final String TARGET = "targetId";
    public static final String PLANNED_INVESTMENT = "plannedInvestment";
    public static final String START_DATE = "startDate";
    public static final String PLANNED_COMPLETION = "plannedCompletion";
    public static final String ACTUAL_COMPLETION = "actualCompletion";
    public static final String STATUS = "status";
    public static final String NOTE = "note";
    public static final String PROGRESS = "progress";

    static final RecordType<Project> TYPE = new RecordType<>(TABLE, Project.class, Project::id, Repositories::projects);

    private static final String LABEL = "records.project.field.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ProjectService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()),
                ProjectService::normalise);
    }

    /** The park's projects, latest start first. */
    public List<Project> list(long parkId) {
        return writes.read().projects().findByPark(parkId);
    }

    public Optional<Project> find(long id) {
        return writes.read().projects().find(id);
    }

    /** The targets the plans set for the park, hidden ones too: a project may serve any of them. */
    public List<Target> targets(String parkCode) {
        return writes.read().targets().find(TargetFilter.park(parkCode).withHidden(true));
    }

    /** Texts trimmed, entries in date order (an entry without a date last). */
    static Project normalise(Project p) {
        List<ProjectProgress> entries = p.progress().stream()
                .map(e -> new ProjectProgress(e.id(), e.reportedOn(), e.completedInvestment(), e.percentComplete(),
                        Texts.strip(e.note())))
                .sorted(Comparator.comparing(ProjectProgress::reportedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Project(p.id(), p.parkId(), p.enterpriseId(), p.targetId(), Texts.strip(p.name()), p.category(),
                p.plannedInvestment(), p.startDate(), p.plannedCompletion(), p.actualCompletion(), p.status(),
                Texts.strip(p.note()), entries);
    }

    /** The rules of a project and its progress entries (in date order, as {@link #normalise} leaves them). */
    static RecordValidation check(Repositories repositories, Project p, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder()
                .required(NAME, p.name(), LABEL + NAME)
                .maxLength(NAME, p.name(), 200, LABEL + NAME)
                .required(CATEGORY, p.category(), LABEL + CATEGORY)
                .required(STATUS, p.status(), LABEL + STATUS)
                .maxLength(NOTE, p.note(), 2000, LABEL + NOTE);
        if (p.parkId() <= 0) {
            v.error(NAME, "records.error.noPark");
        }
        if (negative(p.plannedInvestment())) {
            v.error(PLANNED_INVESTMENT, "records.project.negative", I18n.tr(LABEL + PLANNED_INVESTMENT));
        }
        checkDates(v, p);
        v.happened(ACTUAL_COMPLETION, p.actualCompletion(), today, LABEL + ACTUAL_COMPLETION);
        if (p.enterpriseId() != null && repositories.enterprises().find(p.enterpriseId())
                .filter(enterprise -> enterprise.parkId() == p.parkId()).isEmpty()) {
            v.error(ENTERPRISE, "records.project.enterpriseNotInPark");
        }
        checkProgress(v, p, today);
        return v.build();
    }

    private static void checkDates(RecordValidation.Builder v, Project p) {
        LocalDate start = p.startDate();
        if (start != null && p.plannedCompletion() != null && p.plannedCompletion().isBefore(start)) {
            v.error(PLANNED_COMPLETION, "records.project.completionBeforeStart",
                    I18n.tr(LABEL + PLANNED_COMPLETION), p.plannedCompletion(), start);
        }
        if (start != null && p.actualCompletion() != null && p.actualCompletion().isBefore(start)) {
            v.error(ACTUAL_COMPLETION, "records.project.completionBeforeStart",
                    I18n.tr(LABEL + ACTUAL_COMPLETION), p.actualCompletion(), start);
        }
        if (p.status() == ProjectStatus.COMPLETED && p.actualCompletion() == null) {
            v.error(ACTUAL_COMPLETION, "records.project.completedWithoutDate");
        }
    }

    private static void checkProgress(RecordValidation.Builder v, Project p, LocalDate today) {
        Set<LocalDate> days = new HashSet<>();
        BigDecimal lastPercent = null;
        LocalDate lastDay = null;
        for (ProjectProgress entry : p.progress()) {
            LocalDate day = entry.reportedOn();
            if (day == null) {
                v.error(PROGRESS, "records.project.progress.dateMissing");
            } else if (!days.add(day)) {
                v.error(PROGRESS, "records.project.progress.sameDay", day);
            }
            v.happened(PROGRESS, day, today, "records.project.progress.reportedOn");
            if (entry.completedInvestment() == null && entry.percentComplete() == null) {
                v.error(PROGRESS, "records.project.progress.empty", day);
            }
            if (negative(entry.completedInvestment())) {
                v.error(PROGRESS, "records.project.progress.negative", day);
            }
            BigDecimal percent = entry.percentComplete();
            if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
                v.error(PROGRESS, "records.project.progress.percentRange", day, percent.toPlainString());
            }
            if (entry.note() != null && entry.note().length() > 2000) {
                v.error(PROGRESS, "records.error.tooLong", I18n.tr("records.project.progress.note"), 2000);
            }
            if (entry.completedInvestment() != null && p.plannedInvestment() != null
                    && entry.completedInvestment().compareTo(p.plannedInvestment()) > 0) {
                v.warning(PROGRESS, "records.project.progress.abovePlanned", day,
                        entry.completedInvestment().toPlainString(), p.plannedInvestment().toPlainString());
            }
            if (percent != null && lastPercent != null && percent.compareTo(lastPercent) < 0) {
                v.warning(PROGRESS, "records.project.progress.percentDown", lastDay, lastPercent.toPlainString(), day,
                        percent.toPlainString());
            }
            if (percent != null) {
                lastPercent = percent;
                lastDay = day;
            }
        }
    }

    private static boolean negative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }
}
