package org.ecopark.ledger.gui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's ledger check over a ledger whose sums were changed behind the program's back; tasks run in line. */
class LedgerCheckViewModelTest {

    private Database database;
    private Services services;
    private LedgerCheckViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void ledger() {
        I18n.setLocale(I18n.CHINESE);
        database = Database.inMemory("check-vm-" + System.nanoTime());
        services = new Services(database, RecordFixtures.CLOCK);
        long park = services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow().id();
        new org.ecopark.ledger.persistence.UnitOfWork(database).inTransaction(repositories -> {
            repositories.bulk().enterprises(park, List.of(new EnterpriseRow("91370400000000002B", "公司", "公司",
                    "MANUFACTURING", true, LocalDate.of(2015, 1, 1), null, null, null, null, null)));
            repositories.bulk().statistics(List.of(new StatRow("91370400000000002B", "MAIN_REVENUE",
                    YearMonth.of(2025, 6), new BigDecimal("40000"))), "FORM");
            return null;
        });
        model = new LedgerCheckViewModel(services::check, UiExecutor.synchronous());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aConsistentLedgerSaysSoAndOffersNoRepair() {
        model.check();
        WaitForAsyncUtils.waitForFxEvents(); // a task reports its end on the FX thread

        assertThat(model.cleanProperty().get()).as("%s", model.findings()).isTrue();
        assertThat(model.repairableProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("台账一致。");
        assertThat(model.findings()).singleElement().asString().startsWith("检查通过：1 个园区");
    }

    @Test
    void tamperedSumsAreListedInPlainWordsAndTheRepairMendsThem() {
        database.dsl().execute("UPDATE stat_park_period SET total = 1");

        model.check();
        WaitForAsyncUtils.waitForFxEvents(); // a task reports its end on the FX thread

        assertThat(model.cleanProperty().get()).isFalse();
        assertThat(model.repairableProperty().get()).isTrue();
        assertThat(model.findings()).anySatisfy(line -> assertThat(line)
                .startsWith("园区 ZZSZ：按期汇总的统计数与记录不符"));
        assertThat(model.findings()).noneSatisfy(line -> assertThat(line).containsAnyOf("SQL", "Exception"));

        model.repair();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.cleanProperty().get()).isTrue();
        assertThat(model.findings()).first().isEqualTo("已按记录重新计算全部汇总数据。");
        assertThat(model.repairableProperty().get()).isFalse();
    }
}
