package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT_PROGRESS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.persistence.jooq.tables.records.ProjectProgressRecord;
import org.ecopark.ledger.persistence.jooq.tables.records.ProjectRecord;
import org.jooq.DSLContext;

/**
 * Projects of a park with their progress entries, oldest entry first. The entries are written with the
 * project (replaced on update), keeping the ids they have, so that an undo puts back the same rows.
 */
public final class ProjectRepository implements RecordRepository<Project> {

    private final DSLContext dsl;

    public ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The park's projects, latest start first (projects without a start date last). */
    public List<Project> findByPark(long parkId) {
        return withProgress(dsl.selectFrom(PROJECT).where(PROJECT.PARK_ID.eq(parkId))
                .orderBy(PROJECT.START_DATE.desc().nullsLast(), PROJECT.ID).fetch());
    }

    @Override
    public Optional<Project> find(long id) {
        return dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(id)).fetchOptional()
                .map(row -> withProgress(List.of(row)).get(0));
    }

    @Override
    public long insert(Project project) {
        ProjectRecord record = dsl.newRecord(PROJECT);
        fill(record, project);
        record.store();
        insertProgress(record.getId(), project.progress());
        return record.getId();
    }

    /** Inserts the project under its own id again: the undo of a delete. */
    @Override
    public void restore(Project project) {
        ProjectRecord record = dsl.newRecord(PROJECT);
        fill(record, project);
        record.setId(project.id());
        record.insert();
        insertProgress(project.id(), project.progress());
    }

    /** Writes every field and replaces the progress entries. */
    @Override
    public void update(Project project) {
        ProjectRecord record = dsl.newRecord(PROJECT);
        fill(record, project);
        dsl.update(PROJECT).set(record).where(PROJECT.ID.eq(project.id())).execute();
        dsl.deleteFrom(PROJECT_PROGRESS).where(PROJECT_PROGRESS.PROJECT_ID.eq(project.id())).execute();
        insertProgress(project.id(), project.progress());
    }

    /** Deletes the project; its progress entries go with it (the foreign key cascades). */
    @Override
    public void delete(long id) {
        dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(id)).execute();
    }

    private void insertProgress(long projectId, List<ProjectProgress> entries) {
        for (ProjectProgress entry : entries) {
            ProjectProgressRecord record = dsl.newRecord(PROJECT_PROGRESS);
            if (entry.id() != 0) {
                record.setId(entry.id());
            }
            record.setProjectId(projectId);
            record.setReportedOn(entry.reportedOn());
            record.setCompletedInvestment(entry.completedInvestment());
            record.setPercentComplete(entry.percentComplete());
            record.setNote(entry.note());
            record.insert();
        }
    }

    private List<Project> withProgress(List<ProjectRecord> rows) {
        Collection<Long> ids = rows.stream().map(ProjectRecord::getId).toList();
        Map<Long, List<ProjectProgress>> progress = dsl.selectFrom(PROJECT_PROGRESS)
                .where(PROJECT_PROGRESS.PROJECT_ID.in(ids))
                .orderBy(PROJECT_PROGRESS.PROJECT_ID, PROJECT_PROGRESS.REPORTED_ON, PROJECT_PROGRESS.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(ProjectProgressRecord::getProjectId,
                        Collectors.mapping(ProjectRepository::toProgress, Collectors.toList())));
        List<Project> projects = new ArrayList<>(rows.size());
        for (ProjectRecord r : rows) {
            projects.add(new Project(r.getId(), r.getParkId(), r.getEnterpriseId(), r.getTargetId(), r.getName(),
                    ProjectCategory.valueOf(r.getCategory()), r.getPlannedInvestment(), r.getStartDate(),
                    r.getPlannedCompletion(), r.getActualCompletion(), ProjectStatus.valueOf(r.getStatus()), r.getNote(),
                    progress.getOrDefault(r.getId(), List.of())));
        }
        return projects;
    }

    private static ProjectProgress toProgress(ProjectProgressRecord r) {
        return new ProjectProgress(r.getId(), r.getReportedOn(), r.getCompletedInvestment(), r.getPercentComplete(),
                r.getNote());
    }

    private static void fill(ProjectRecord record, Project p) {
        record.setParkId(p.parkId());
        record.setEnterpriseId(p.enterpriseId());
        record.setTargetId(p.targetId());
        record.setName(p.name());
        record.setCategory(p.category().name());
        record.setPlannedInvestment(p.plannedInvestment());
        record.setStartDate(p.startDate());
        record.setPlannedCompletion(p.plannedCompletion());
        record.setActualCompletion(p.actualCompletion());
        record.setStatus(p.status().name());
        record.setNote(p.note());
    }
}
