package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT_PROGRESS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.logic.records.ProjectFixtures;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class ProjectRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private UnitOfWork unitOfWork;
    private long park;
    private long otherPark;
    private long xinquan;

    @BeforeEach
    void open() {
        database = backend.open("project-repository");
        unitOfWork = new UnitOfWork(database);
        ParkRepository parks = new ParkRepository(database.dsl());
        park = parks.save(RecordFixtures.ZZSZ);
        otherPark = parks.save(RecordFixtures.WEIHAI);
        xinquan = new EnterpriseRepository(database.dsl()).insert(RecordFixtures.xinquan(park));
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void aProjectIsStoredWithItsProgressEntriesInDateOrder() {
        Project plant = ProjectFixtures.plantExtension(park, xinquan);
        Project reversed = ProjectFixtures.withProgress(plant, List.of(plant.progress().get(1), plant.progress().get(0)));
        ProjectRepository projects = new ProjectRepository(database.dsl());

        long id = projects.insert(reversed);
        Project stored = projects.find(id).orElseThrow();

        assertThat(stored.enterpriseId()).isEqualTo(xinquan);
        assertThat(stored.plannedInvestment()).isEqualByComparingTo("12000");
        assertThat(stored.progress()).extracting(ProjectProgress::reportedOn)
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        assertThat(stored.progress()).extracting(ProjectProgress::percentComplete)
                .containsExactly(new BigDecimal("25"), new BigDecimal("60"));
        assertThat(stored.latestProgress()).map(ProjectProgress::note).contains("设备进场");
    }

    @Test
    void anUpdateReplacesTheEntriesAndADeleteTakesThemAlong() {
        ProjectRepository projects = new ProjectRepository(database.dsl());
        long id = projects.insert(ProjectFixtures.plantExtension(park, xinquan));
        Project stored = projects.find(id).orElseThrow();
        Project oneEntry = ProjectFixtures.withProgress(stored,
                List.of(ProjectFixtures.entry(LocalDate.of(2025, 3, 31), "9800", "80", null)));

        projects.update(oneEntry);
        assertThat(projects.find(id).orElseThrow().progress()).singleElement()
                .satisfies(entry -> assertThat(entry.completedInvestment()).isEqualByComparingTo("9800"));

        projects.delete(id);
        assertThat(projects.find(id)).isEmpty();
        assertThat(database.dsl().fetchCount(PROJECT_PROGRESS)).isZero();
    }

    @Test
    void aProjectWhoseEntriesTheDatabaseRefusesLeavesNothingBehind() {
        Project plant = ProjectFixtures.plantExtension(park, xinquan);
        Project sameDay = ProjectFixtures.withProgress(plant, List.of(plant.progress().get(0),
                ProjectFixtures.entry(plant.progress().get(0).reportedOn(), "3300", null, "重复填报")));

        Throwable refused = catchThrowable(() -> unitOfWork.inTransaction(repositories -> repositories.projects().insert(sameDay)));

        assertThat(DatabaseErrors.constraintName(refused)).contains("uq_project_progress");

        assertThat(database.dsl().fetchCount(PROJECT)).isZero();
        assertThat(database.dsl().fetchCount(PROJECT_PROGRESS)).isZero();
    }

    @Test
    void theParkListHoldsOnlyThatParksProjectsAndEvents() {
        ProjectRepository projects = new ProjectRepository(database.dsl());
        long ours = projects.insert(ProjectFixtures.plantExtension(park, null));
        projects.insert(ProjectFixtures.plantExtension(otherPark, null));
        ParkEventRepository events = new ParkEventRepository(database.dsl());
        long expo = events.insert(ProjectFixtures.waterExpo(park));
        events.insert(ProjectFixtures.waterExpo(otherPark));

        assertThat(projects.findByPark(park)).extracting(Project::id).containsExactly(ours);
        assertThat(events.findByPark(park)).extracting(ParkEvent::id).containsExactly(expo);
        assertThat(events.find(expo).orElseThrow()).isEqualTo(ProjectFixtures.waterExpo(park).withId(expo));
    }

    @Test
    void aDeletedEventIsRestoredUnderItsOwnId() {
        ParkEventRepository events = new ParkEventRepository(database.dsl());
        long id = events.insert(ProjectFixtures.waterExpo(park));
        ParkEvent stored = events.find(id).orElseThrow();

        events.delete(id);
        events.restore(stored);

        assertThat(events.find(id)).contains(stored);
    }
}
