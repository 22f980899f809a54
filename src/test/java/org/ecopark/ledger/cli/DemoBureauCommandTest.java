package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.demo.DemoBureau;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --bureau}: a new ledger becomes the demo bureau and the command says what it did, step by step and in
 * a summary; a ledger that is not new is refused and left as it was.
 */
class DemoBureauCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void aNewLedgerBecomesTheDemoBureauAndASecondRunIsRefused() {
        Path ledger = folder.resolve("市局");
        assertThat(LedgerFiles.run(ledger, out, "demo", "--bureau")).isZero();
        assertThat(out.toString())
                .contains("已设为演示市局台账“" + DemoBureau.BUREAU_NAME + "”，接收 4 个园区的报送。")
                .contains("园区 JNLS 济宁梁山生态环保产业特色园区：已生成本园区的台账（40 家企业 × 3 年，有自己的签名密钥）。")
                .contains("园区 JNLS 的 2025 年度数据包尚未报送（逾期）。")
                .contains("接收数据包 8 份，退回 2 份。")
                .contains("2025 年度各园区的报送情况：")
                .contains("  JNLS  济宁梁山生态环保产业特色园区：未报送")
                .contains("  TAFC  泰安肥城生态环保产业特色园区：已退回（" + DemoBureau.RETURN_2025 + "）")
                .contains("  RZJX  日照莒县生态环保产业特色园区：已接收");
        assertThat(Files.exists(ledger.resolveSibling("市局.mv.db"))).isTrue();

        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(ledger, out, "bureau", "status", "--period", "2024", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("ZZSZ", "JNLS", "TAFC", "RZJX").doesNotContain("未报送");

        String before = BureauPackages.digest(ledger);
        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(ledger, out, "demo", "--bureau")).isEqualTo(DemoCommand.REFUSED);
        assertThat(out.toString()).contains("本台账已经是市局台账（" + DemoBureau.BUREAU_NAME + "），未生成演示市局。");
        assertThat(BureauPackages.digest(ledger)).isEqualTo(before);
    }

    @Test
    void aParkLedgerWithRecordsIsRefusedAndKeepsItsRecords() {
        Path ledger = folder.resolve("园区");
        assertThat(LedgerFiles.run(ledger, out, "demo")).isZero();
        String before = BureauPackages.digest(ledger);
        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(ledger, out, "demo", "--bureau")).isEqualTo(DemoCommand.REFUSED);
        assertThat(out.toString()).contains("本台账中已有记录（企业", "未生成演示市局");
        assertThat(BureauPackages.digest(ledger)).isEqualTo(before);
        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(ledger, out, "info")).isZero();
        assertThat(out.toString()).contains("台账角色：园区台账");
    }

    @Test
    void theBureauDemoIsMadeOnlyInANewLedgerSoReplaceAndFromAreRefused() {
        Path ledger = folder.resolve("new");
        assertThat(LedgerFiles.run(ledger, out, "demo", "--bureau", "--replace")).isEqualTo(1);
        assertThat(out.toString()).contains("--bureau 不能与 --replace 或 --from 同用");
        assertThat(Files.exists(ledger.resolveSibling("new.mv.db"))).isFalse();
    }
}
