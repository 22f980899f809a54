package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_SPAN;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} over a ledger file whose park sums are tampered with behind the program's back. */
class CheckCommandTest {

    @TempDir
    Path folder;

    private Path ledger;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void ledgerWithRevenueAndStaff() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("ledger");
        LedgerFiles.revenueLedger(ledger, bulk -> bulk.staff(List.of(new StaffRow(LedgerFiles.USCC, "李明", null,
                "MASTER", null, true, LocalDate.of(2024, 3, 1), null))));
    }

    private int run(String... args) {
        return LedgerFiles.run(ledger, out, args);
    }

    /** Changes the park sums the way no program path can: straight in the file. */
    private void tamper() {
        try (Database database = Database.open(ledger)) {
            database.dsl().update(STAT_PARK_PERIOD).set(STAT_PARK_PERIOD.TOTAL, new BigDecimal("1"))
                    .where(STAT_PARK_PERIOD.PERIOD_END.eq(LocalDate.of(2025, 6, 30))).execute();
            database.dsl().deleteFrom(PARK_SPAN).execute();
        }
    }

    @Test
    void aLedgerWhoseSumsAgreeWithItsRecordsPasses() {
        assertThat(run("check")).isZero();

        assertThat(out.toString()).contains("检查通过：1 个园区的汇总数据与记录一致");
    }

    @Test
    void tamperedSumsAreNamedInPlainWordsAndTheCommandFails() {
        tamper();

        assertThat(run("check")).isEqualTo(CheckCommand.DIFFERENCES);

        assertThat(out.toString())
                .contains("园区 ZZSZ：按期汇总的统计数与记录不符（台账中 12 行，按记录重算 12 行，2 行不同）")
                .contains("园区 ZZSZ：专职研发人员的计数与记录不符（台账中 0 行，按记录重算 1 行，1 行不同）")
                .contains("园区 ZZSZ 目标 ZZSZ-T05（截至 2025-12-31）：程序显示 0 人（逾期未完成），按记录计算为 1 人")
                .contains("运行 check --repair")
                .doesNotContain("Exception", "SQL");
    }

    @Test
    void anInterruptedLoadIsNamedOnceAndCannotBeRepaired() {
        try (Database database = Database.open(ledger)) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            unitOfWork.inTransaction(repositories -> {
                repositories.parks().startLoad(repositories.parks().findByCode("ZZSZ").orElseThrow().id());
                return null;
            });
        }

        assertThat(run("check", "--repair")).isEqualTo(CheckCommand.DIFFERENCES);

        assertThat(out.toString().split("没有载入完成", -1)).as("named once").hasSize(2);
        assertThat(out.toString()).contains("园区 ZZSZ 的数据没有载入完成", "检查未通过").doesNotContain("已按记录重新计算");
    }

    @Test
    void aRepairRecomputesTheSumsAndTheNextCheckPasses() {
        tamper();

        assertThat(run("check", "--repair")).isZero();
        assertThat(out.toString()).contains("已按记录重新计算全部汇总数据。", "检查通过");

        out.getBuffer().setLength(0);
        assertThat(run("check")).isZero();
        assertThat(out.toString()).contains("检查通过");
    }
}
