package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project of the park (a building, a platform, infrastructure, R&D, an enterprise brought in), with its
 * progress entries as part of it, oldest first. Amounts in 万元.
 *
 * @param id           0 for a project not saved yet
 * @param enterpriseId the enterprise that carries it out; null for a project of the park itself
 * @param targetId     the plan target the project serves; may be null
 * @param progress     the progress entries; a project is saved with them, all or nothing
 */
public record Project(long id, long parkId, Long enterpriseId, Long targetId, String name, ProjectCategory category,
                      BigDecimal plannedInvestment, LocalDate startDate, LocalDate plannedCompletion,
                      LocalDate actualCompletion, ProjectStatus status, String note, List<ProjectProgress> progress) {

    public Project {
        plannedInvestment = Decimals.plain(plannedInvestment);
        progress = progress == null ? List.of() : List.copyOf(progress);
    }

    public Project withId(long newId) {
        return new Project(newId, parkId, enterpriseId, targetId, name, category, plannedInvestment, startDate,
                plannedCompletion, actualCompletion, status, note, progress);
    }

    /** The latest progress entry by its date, if any. */
    public Optional<ProjectProgress> latestProgress() {
        return progress.stream().filter(entry -> entry.reportedOn() != null)
                .max(java.util.Comparator.comparing(ProjectProgress::reportedOn));
    }
}
