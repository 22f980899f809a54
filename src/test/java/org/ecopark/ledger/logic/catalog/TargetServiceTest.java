package org.ecopark.ledger.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetServiceTest {

    private Services services;
    private TargetService targets;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        services = new Services(Database.inMemory("target-service-" + System.nanoTime()));
        targets = services.targets();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aShippedTargetCannotBeDeletedOnlyHidden() {
        Target shipped = targets.find("SD311", "ZZSZ-T03").orElseThrow();

        assertThatThrownBy(() -> targets.deleteTarget(shipped.id()))
                .isInstanceOf(TargetException.class)
                .hasMessage("目标 ZZSZ-T03 随计划目录发布，不能删除；不需要时可将其隐藏。");
        assertThat(targets.find(shipped.id())).isPresent();

        targets.setHidden(shipped.id(), true);
        assertThat(targets.forPark("ZZSZ")).extracting(Target::code).doesNotContain("ZZSZ-T03").hasSize(6);
        assertThat(targets.list(TargetFilter.park("ZZSZ").withHidden(true))).hasSize(7);
    }

    @Test
    void aCustomParkAndItsTargetRoundTripAndTheTargetCanBeDeleted() {
        Park park = targets.createPark(new Park(0, "WHHC", "威海环翠生态环保产业园区", "威海环翠", "威海市", "环翠区", null,
                "海洋环保", true));
        Target added = targets.addTarget(custom("WHHC-T01", "WHHC", "20", Unit.YI_YUAN));

        assertThat(park.shipped()).as("a user's park is never marked shipped").isFalse();
        assertThat(services.parks().parks()).extracting(Park::code).contains("WHHC");
        assertThat(targets.forPark("WHHC")).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(added.id());
            assertThat(t.title()).isEqualTo("主营业务收入");
            assertThat(t.value()).isEqualByComparingTo("20");
            assertThat(t.unit()).isEqualTo(Unit.YI_YUAN);
            assertThat(t.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(t.indicatorCode()).isEqualTo("MAIN_REVENUE_YEAR_SUM");
            assertThat(t.shipped()).isFalse();
        });
        assertThat(targets.scopeName(TargetScope.PARK, "WHHC")).isEqualTo("威海环翠生态环保产业园区");

        targets.deleteTarget(added.id());
        assertThat(targets.forPark("WHHC")).isEmpty();
    }

    @Test
    void aNewPlanTakesTheNextCyclesTargets() {
        Plan next = targets.createPlan(new Plan(0, "SD311-2026", "山东省生态环保产业高质量发展行动计划（2026—2028年）", "新一轮",
                null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 7, true));
        Target target = new Target(0, "SD311-2026", "ZZSZ-T01", TargetScope.PARK, "ZZSZ", "三、(二)2", null, "主营业务收入",
                TargetKind.FLOW, Comparator.AT_LEAST, new BigDecimal("80"), Unit.YI_YUAN, LocalDate.of(2028, 12, 31),
                "MAIN_REVENUE_YEAR_SUM", null, null, null, false, false, null);
        targets.addTarget(target);

        assertThat(next.shipped()).isFalse();
        assertThat(next.catalogVersion()).as("a user's plan has no catalog version").isZero();
        assertThat(targets.list(TargetFilter.park("ZZSZ").withPlan("SD311-2026"))).singleElement()
                .extracting(Target::value).isEqualTo(new BigDecimal("80"));
        assertThat(targets.forPark("ZZSZ")).hasSize(8);
    }

    @Test
    void theBaselineIsAValueAndADateOrNeither() {
        Target revenue = targets.find("SD311", "ZZSZ-T02").orElseThrow();

        assertThatThrownBy(() -> targets.setBaseline(revenue.id(), new BigDecimal("40"), null))
                .isInstanceOf(TargetException.class).hasMessageContaining("同时填写");
        assertThatThrownBy(() -> targets.setBaseline(revenue.id(), new BigDecimal("-1"), LocalDate.of(2022, 12, 31)))
                .isInstanceOf(TargetException.class).hasMessageContaining("负数");
        assertThatThrownBy(() -> targets.setBaseline(revenue.id(), BigDecimal.ONE, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(TargetException.class).hasMessageContaining("2025-12-31");

        Target set = targets.setBaseline(revenue.id(), new BigDecimal("41.5"), LocalDate.of(2022, 12, 31));
        assertThat(set.baselineValue()).isEqualByComparingTo("41.5");
        assertThat(targets.setBaseline(revenue.id(), null, null).hasBaseline()).isFalse();
    }

    @Test
    void aUserNoteIsKeptAndABlankOneCleared() {
        Target revenue = targets.find("SD311", "ZZSZ-T02").orElseThrow();

        assertThat(targets.setUserNote(revenue.id(), "口径按统计局年报").userNote()).isEqualTo("口径按统计局年报");
        assertThat(targets.setUserNote(revenue.id(), "  ").userNote()).isNull();
    }

    @Test
    void aCustomTargetIsCheckedBeforeItIsStored() {
        assertThatThrownBy(() -> targets.addTarget(custom("ZZSZ-T02", "ZZSZ", "1", Unit.YI_YUAN)))
                .isInstanceOf(TargetException.class).hasMessage("代码“ZZSZ-T02”已被使用，请换一个。");
        assertThatThrownBy(() -> targets.addTarget(custom("X-1", "NOPE", "1", Unit.YI_YUAN)))
                .isInstanceOf(TargetException.class).hasMessage("园区中没有代码为“NOPE”的对象。");
        assertThatThrownBy(() -> targets.addTarget(custom("X-1", "ZZSZ", "1", Unit.PERSONS)))
                .isInstanceOf(TargetException.class).hasMessageContaining("MAIN_REVENUE_YEAR_SUM");
        assertThatThrownBy(() -> targets.addTarget(custom("X-1", "ZZSZ", "-5", Unit.YI_YUAN)))
                .isInstanceOf(TargetException.class).hasMessageContaining("负数");
        assertThat(targets.forPark("ZZSZ")).hasSize(7);
    }

    @Test
    void aParkCodeCannotTakeAClusterOrProvinceCode() {
        assertThatThrownBy(() -> targets.createPark(new Park(0, "JN", "济南某园区", "济南", "济南市", null, null, null, false)))
                .isInstanceOf(TargetException.class).hasMessageContaining("JN");
        assertThatThrownBy(() -> targets.createPark(new Park(0, "SD", "某园区", "某", "济南市", null, null, null, false)))
                .isInstanceOf(TargetException.class).hasMessageContaining("SD");
        assertThatThrownBy(() -> targets.createPark(new Park(0, "lower", "某园区", "某", "济南市", null, null, null, false)))
                .isInstanceOf(TargetException.class).hasMessageContaining("大写");
    }

    private static Target custom(String code, String park, String value, Unit unit) {
        return new Target(0, "SD311", code, TargetScope.PARK, park, "威环发〔2023〕101号", "到2025年，园区主营业务收入达到20亿元。",
                "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST, new BigDecimal(value), unit,
                LocalDate.of(2025, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null, null, false, false, null);
    }
}
