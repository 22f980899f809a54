package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two clerks with the same record in their forms (optimistic locking, issue 21): the first save lands, the second is
 * refused naming the first clerk and the time of the change, and nothing of it is written; a record deleted meanwhile
 * is refused as deleted; a form that saves what it loaded is never refused. For every record type, on H2 and
 * PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RecordConflictTest {

    private static final String CLERK_A = "clerk_a";
    private static final String CLERK_B = "clerk_b";

    @Parameter
    private Backend backend;
    private Database database;
    private RecordServices clerkA;
    private RecordServices clerkB;
    private long parkId;
    private long enterpriseId;

    /** A record type as a form uses it: a new record, the list the form loads it from, and an edit of a text. */
    record Kind<T>(String name, Function<RecordServices, AuditedRecordService<T>> service,
                   BiFunction<Long, Long, T> draft, BiFunction<RecordServices, Long, List<T>> list,
                   BiFunction<T, String, T> edit, Function<T, Long> id) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind<?>> kinds() {
        return Stream.of(
                new Kind<Enterprise>("enterprise", RecordServices::enterprises, (park, x) -> RecordFixtures.qingyuan(park),
                        (s, park) -> s.enterprises().list(park), RecordFixtures::withNote, Enterprise::id),
                new Kind<Patent>("patent", RecordServices::patents, (park, x) -> RecordFixtures.invention(List.of(x)),
                        (s, park) -> s.patents().list(park), (p, text) -> new Patent(p.id(), p.number(), text, p.type(),
                        p.appliedOn(), p.grantedOn(), p.lapsedOn(), p.status(), p.ownerIds(), p.otherOwners()), Patent::id),
                new Kind<RdStaff>("staff", RecordServices::staff, (park, x) -> new RdStaff(0, x, "王建国", "0417", null,
                        "工程师", true, LocalDate.of(2020, 3, 1), null), (s, park) -> s.staff().list(park),
                        (r, text) -> new RdStaff(r.id(), r.enterpriseId(), r.name(), r.idHint(), r.education(), text,
                                r.fullTime(), r.joinedOn(), r.leftOn()), RdStaff::id),
                new Kind<Standard>("standard", RecordServices::standards, (park, x) -> new Standard(0, "GB/T 22627-2024",
                        "水处理剂 聚氯化铝", StandardLevel.NATIONAL, StandardRole.LEAD, x, LocalDate.of(2024, 5, 1)),
                        (s, park) -> s.standards().list(park), (d, text) -> new Standard(d.id(), d.code(), text, d.level(),
                        d.role(), d.enterpriseId(), d.publishedOn()), Standard::id),
                new Kind<InnovationPlatform>("platform", RecordServices::platforms,
                        (park, x) -> new InnovationPlatform(0, park, x, "山东省企业技术中心（鑫泉）",
                                PlatformType.ENTERPRISE_TECH_CENTER, PlatformLevel.PROVINCIAL, LocalDate.of(2021, 6, 1),
                                "山东省工业和信息化厅", null), (s, park) -> s.platforms().list(park),
                        (p, text) -> new InnovationPlatform(p.id(), p.parkId(), p.enterpriseId(), text, p.type(),
                                p.level(), p.approvedOn(), p.approvedBy(), p.revokedOn()), InnovationPlatform::id),
                new Kind<Project>("project", RecordServices::projects, ProjectFixtures::plantExtension,
                        (s, park) -> s.projects().list(park), (p, text) -> new Project(p.id(), p.parkId(),
                        p.enterpriseId(), p.targetId(), p.name(), p.category(), p.plannedInvestment(), p.startDate(),
                        p.plannedCompletion(), p.actualCompletion(), p.status(), text, p.progress()), Project::id),
                new Kind<ParkEvent>("event", RecordServices::events, (park, x) -> ProjectFixtures.waterExpo(park),
                        (s, park) -> s.events().list(park), (e, text) -> new ParkEvent(e.id(), e.parkId(), e.heldOn(),
                        e.title(), e.type(), e.international(), e.participants(), e.location(), text), ParkEvent::id));
    }

    @BeforeEach
    void ledger() {
        database = backend.open("conflict");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        clerkA = new RecordServices(unitOfWork, CLERK_A, RecordFixtures.DATES);
        clerkB = new RecordServices(unitOfWork, CLERK_B, RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        enterpriseId = clerkA.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void theSecondSaveOfARecordChangedSinceItWasLoadedIsRefusedNamingWhoAndWhen(Kind<T> kind) {
        T loaded = loadedBothClerks(kind);
        kind.service().apply(clerkA).save(kind.edit().apply(loaded, "甲的修改"), loaded, Map.of());

        assertThatThrownBy(() -> kind.service().apply(clerkB).save(kind.edit().apply(loaded, "乙的修改"), loaded, Map.of()))
                .isInstanceOfSatisfying(RecordConflictException.class, refused -> {
                    assertThat(refused.deleted()).isFalse();
                    assertThat(refused.changedBy()).isEqualTo(CLERK_A);
                    assertThat(refused.changedAt()).isNotNull();
                    assertThat(refused.getMessage()).contains(CLERK_A).contains("修改");
                });
        T stored = stored(kind, loaded);
        assertThat(stored).as("the first clerk's change is kept").isEqualTo(kind.edit().apply(loaded, "甲的修改"));
        List<HistoryEntry> history = kind.service().apply(clerkB).history(kind.id().apply(loaded));
        assertThat(history).extracting(HistoryEntry::changedBy).as("the refused save logged nothing")
                .doesNotContain(CLERK_B);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void aSaveOfARecordDeletedSinceItWasLoadedIsRefusedAsDeleted(Kind<T> kind) {
        T loaded = loadedBothClerks(kind);
        kind.service().apply(clerkA).delete(loaded);

        assertThatThrownBy(() -> kind.service().apply(clerkB).save(kind.edit().apply(loaded, "乙的修改"), loaded, Map.of()))
                .isInstanceOfSatisfying(RecordConflictException.class, refused -> {
                    assertThat(refused.deleted()).isTrue();
                    assertThat(refused.changedBy()).isEqualTo(CLERK_A);
                    assertThat(refused.getMessage()).contains(CLERK_A).contains("删除");
                });
        assertThat(kind.list().apply(clerkB, parkId)).extracting(r -> kind.id().apply(r))
                .as("not written back").doesNotContain(kind.id().apply(loaded));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void aDeleteOfARecordChangedSinceItWasShownIsRefused(Kind<T> kind) {
        T loaded = loadedBothClerks(kind);
        kind.service().apply(clerkA).save(kind.edit().apply(loaded, "甲的修改"), loaded, Map.of());

        assertThatThrownBy(() -> kind.service().apply(clerkB).delete(loaded))
                .isInstanceOf(RecordConflictException.class);
        assertThat(stored(kind, loaded)).isEqualTo(kind.edit().apply(loaded, "甲的修改"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void saveAfterSaveFromTheSameFormAndItsListIsNeverRefused(Kind<T> kind) {
        T loaded = loadedBothClerks(kind);
        AuditedRecordService<T> service = kind.service().apply(clerkB);
        T saved = service.save(kind.edit().apply(loaded, "第一次"), loaded, Map.of()).record();
        T again = service.save(kind.edit().apply(saved, "第二次"), saved, Map.of()).record();

        assertThat(again).isEqualTo(kind.edit().apply(loaded, "第二次"));
        assertThat(service.history(kind.id().apply(loaded))).extracting(HistoryEntry::action)
                .containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.UPDATE);
    }

    @Test
    void aSaveOfFiguresChangedSinceTheGridWasFilledIsRefusedNamingWhoAndWhen() {
        StatPeriod period = StatPeriod.quarter(2024, 1);
        clerkA.statistics().save(enterpriseId, period, Map.of("OUTPUT_VALUE", new BigDecimal("100")), Map.of());
        Map<String, BigDecimal> loaded = StatisticsService.valuesOf(clerkB.statistics().sheet(enterpriseId, period));
        clerkA.statistics().save(enterpriseId, period, Map.of("OUTPUT_VALUE", new BigDecimal("120")),
                StatisticsService.valuesOf(clerkA.statistics().sheet(enterpriseId, period)), Map.of());

        assertThatThrownBy(() -> clerkB.statistics().save(enterpriseId, period,
                Map.of("OUTPUT_VALUE", new BigDecimal("90")), loaded, Map.of()))
                .isInstanceOfSatisfying(RecordConflictException.class, refused -> {
                    assertThat(refused.changedBy()).isEqualTo(CLERK_A);
                    assertThat(refused.deleted()).isFalse();
                });
        assertThat(StatisticsService.valuesOf(clerkB.statistics().sheet(enterpriseId, period)).get("OUTPUT_VALUE"))
                .as("the first clerk's figure is kept").isEqualByComparingTo("120");
        // the grid as stored now saves
        clerkB.statistics().save(enterpriseId, period, Map.of("OUTPUT_VALUE", new BigDecimal("90")),
                StatisticsService.valuesOf(clerkB.statistics().sheet(enterpriseId, period)), Map.of());
    }

    /** The record saved by clerk A, as both clerks' forms load it from their lists. */
    private <T> T loadedBothClerks(Kind<T> kind) {
        long id = kind.id().apply(kind.service().apply(clerkA).save(kind.draft().apply(parkId, enterpriseId), Map.of())
                .record());
        T inA = kind.list().apply(clerkA, parkId).stream().filter(r -> kind.id().apply(r) == id).findFirst().orElseThrow();
        T inB = kind.list().apply(clerkB, parkId).stream().filter(r -> kind.id().apply(r) == id).findFirst().orElseThrow();
        assertThat(inA).isEqualTo(inB);
        return inB;
    }

    private <T> T stored(Kind<T> kind, T record) {
        long id = kind.id().apply(record);
        return kind.list().apply(clerkB, parkId).stream().filter(r -> kind.id().apply(r) == id).findFirst().orElseThrow();
    }
}
