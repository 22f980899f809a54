package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.persistence.AuditJson;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class ProjectServiceTest {

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private ProjectService projects;
    private long xinquan;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "project-service");
        projects = ledger.services.projects();
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aProjectIsSavedWithItsEntriesInOneAuditedChange() {
        Saved<Project> saved = projects.save(ProjectFixtures.plantExtension(ledger.parkId, xinquan), Map.of());

        assertThat(projects.list(ledger.parkId)).singleElement()
                .satisfies(project -> assertThat(project.progress()).hasSize(2));
        AuditEntry insert = ledger.read().audit().find(saved.change().auditId()).orElseThrow();
        assertThat(insert.action()).isEqualTo(AuditAction.INSERT);
        assertThat(AuditJson.fields(insert.newValues()).get(ProjectService.PROGRESS)).contains("2024-06-30", "7600");
        assertThat(ledger.auditRows(ProjectService.TABLE)).isEqualTo(1);
    }

    @Test
    void undoOfAnUpdateBringsBackTheEarlierEntries() {
        Project stored = projects.save(ProjectFixtures.plantExtension(ledger.parkId, xinquan), Map.of()).record();
        Project more = ProjectFixtures.withProgress(stored, List.of(stored.progress().get(0), stored.progress().get(1),
                ProjectFixtures.entry(LocalDate.of(2025, 6, 30), "11200", "95", null)));
        Saved<Project> updated = projects.save(more, Map.of());
        assertThat(updated.record().progress()).hasSize(3);

        projects.undo(updated.change());

        assertThat(projects.find(stored.id()).orElseThrow().progress()).isEqualTo(stored.progress());
    }

    @Test
    void aSaveTheDatabaseRefusesChangesNothingAndSaysWhy() {
        Project plant = ProjectFixtures.plantExtension(ledger.parkId, xinquan);
        Project unknownTarget = new Project(0, plant.parkId(), plant.enterpriseId(), 999_999L, plant.name(),
                plant.category(), plant.plannedInvestment(), plant.startDate(), plant.plannedCompletion(),
                plant.actualCompletion(), plant.status(), plant.note(), plant.progress());

        assertThatThrownBy(() -> projects.save(unknownTarget, Map.of())).isInstanceOf(RecordWriteException.class)
                .hasMessageContaining("目标已不存在");
        assertThat(projects.list(ledger.parkId)).isEmpty();
        assertThat(ledger.auditRows(ProjectService.TABLE)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative planned investment       | -1    | 2024-03-01 | 2025-10-31 |            | IN_PROGRESS | plannedInvestment",
        "planned completion before start   | 12000 | 2024-03-01 | 2024-02-28 |            | IN_PROGRESS | plannedCompletion",
        "actual completion before start    | 12000 | 2024-03-01 | 2025-10-31 | 2024-01-15 | COMPLETED   | actualCompletion",
        "completed without completion date | 12000 | 2024-03-01 | 2025-10-31 |            | COMPLETED   | actualCompletion"
    })
    void projectFieldsThatCannotBeRightAreErrors(String rule, BigDecimal planned, LocalDate start, LocalDate plannedEnd,
                                                 LocalDate actualEnd, ProjectStatus status, String field) {
        Project p = ProjectFixtures.plantExtension(ledger.parkId, xinquan);
        Project draft = new Project(0, p.parkId(), p.enterpriseId(), null, p.name(), p.category(), planned, start,
                plannedEnd, actualEnd, status, p.note(), List.of());

        assertThat(projects.validate(draft).errors()).extracting(Problem::field).containsExactly(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative investment      | 2024-06-30 | -5   | 25  | 2024-12-31 | 7600 | 60 | records.project.progress.negative",
        "percent above 100        | 2024-06-30 | 3200 | 125 | 2024-12-31 | 7600 | 60 | records.project.progress.percentRange",
        "percent below 0          | 2024-06-30 | 3200 | -1  | 2024-12-31 | 7600 | 60 | records.project.progress.percentRange",
        "neither investment nor % | 2024-06-30 |      |     | 2024-12-31 | 7600 | 60 | records.project.progress.empty",
        "two entries on one day   | 2024-06-30 | 3200 | 25  | 2024-06-30 | 7600 | 60 | records.project.progress.sameDay"
    })
    void progressEntriesThatCannotBeRightAreErrors(String rule, LocalDate day1, String investment1, String percent1,
                                                   LocalDate day2, String investment2, String percent2, String key) {
        Project draft = ProjectFixtures.withProgress(ProjectFixtures.plantExtension(ledger.parkId, xinquan), List.of(
                ProjectFixtures.entry(day1, investment1, percent1, null),
                ProjectFixtures.entry(day2, investment2, percent2, null)));

        RecordValidation findings = projects.validate(draft);

        assertThat(findings.errors()).extracting(Problem::messageKey).containsExactly(key);
        assertThat(findings.errors()).extracting(Problem::field).containsOnly(ProjectService.PROGRESS);
    }

    @Test
    void aConsistentProjectHasNoFindings() {
        assertThat(projects.validate(ProjectFixtures.plantExtension(ledger.parkId, xinquan)).isEmpty()).isTrue();
    }

    @Test
    void investmentAbovePlanAndFallingPercentAreWarningsSavedWithTheirExplanation() {
        Project draft = ProjectFixtures.withProgress(ProjectFixtures.plantExtension(ledger.parkId, xinquan), List.of(
                ProjectFixtures.entry(LocalDate.of(2024, 12, 31), "7600", "60", null),
                ProjectFixtures.entry(LocalDate.of(2025, 6, 30), "12800", "55", "追加环保设施投资")));
        RecordValidation findings = projects.validate(draft);
        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.warnings()).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                "records.project.progress.abovePlanned", "records.project.progress.percentDown");

        assertThatThrownBy(() -> projects.save(draft, Map.of())).isInstanceOf(RecordRejectedException.class);
        Map<String, String> explained = Map.of(findings.warnings().get(0).key(), "追加投资 800 万元，已经管委会批准",
                findings.warnings().get(1).key(), "追加投资后按新总额重新核算完成比例");
        Saved<Project> saved = projects.save(draft, explained);

        assertThat(projects.explanations(saved.record().id())).containsOnlyKeys(explained.keySet());
        assertThat(saved.record().progress()).extracting(ProjectProgress::note).containsExactly(null, "追加环保设施投资");
    }

    @Test
    void anEnterpriseOfAnotherParkCannotCarryOutTheProject() {
        long otherPark = RecordFixtures.addPark(ledger.unitOfWork, RecordFixtures.WEIHAI);
        long stranger = ledger.services.enterprises().save(RecordFixtures.qingyuan(otherPark), Map.of()).record().id();

        RecordValidation findings = projects.validate(ProjectFixtures.plantExtension(ledger.parkId, stranger));

        assertThat(findings.only(ProjectService.ENTERPRISE).hasErrors()).isTrue();
    }
}
