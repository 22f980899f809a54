package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.TargetFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan export} and {@code plan import} between two ledger files: the preview, the exit codes of an
 * unconfirmed sender, a dry run and a changed file, and the import itself.
 */
class PlanCommandTest {

    @TempDir
    Path folder;

    private Path issuer;
    private Path park;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void ledgers() {
        I18n.setLocale(I18n.CHINESE);
        issuer = folder.resolve("issuer");
        park = folder.resolve("park");
        LedgerFiles.revenueLedger(issuer, bulk -> { });
        LedgerFiles.revenueLedger(park, bulk -> { });
    }

    @Test
    void aPlanExportedFromOneLedgerIsPreviewedThenImportedIntoAnother() throws Exception {
        Path file = folder.resolve("SD311.zip");
        Path key = folder.resolve("issuer.json");
        assertThat(LedgerFiles.run(issuer, out, "plan", "export", "--plan", "SD311", "--catalog-version", "3",
                "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("计划 SD311", "目录版本 3，106 个目标", "已写入");
        assertThat(LedgerFiles.run(issuer, out, "keys", "show", "--out", key.toString())).isZero();

        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(park, out, "plan", "import", file.toString())).isEqualTo(PlanCommand.UNCONFIRMED);
        assertThat(out.toString()).contains("发送方未确认", "变更 计划 SD311", "目录版本 2 → 3", "未导入");

        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(park, out, "plan", "import", file.toString(), "--key", key.toString(), "--dry-run"))
                .isZero();
        assertThat(out.toString()).contains("由已登记的密钥签发", "预览完毕，未写入台账");
        assertThat(catalogVersion(park)).isEqualTo(2);

        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(park, out, "plan", "import", file.toString(), "--key", key.toString())).isZero();
        assertThat(out.toString()).contains("已导入：新增 0 项，变更 1 项");
        assertThat(catalogVersion(park)).isEqualTo(3);

        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(park, out, "restore")).isZero();
        assertThat(out.toString()).as("the ledger as it was before the import is kept").contains("载入新版计划前");
    }

    @Test
    void aChangedFileIsRefusedWithExitCodeFour() throws Exception {
        Path notAPlan = folder.resolve("plan.zip");
        Files.writeString(notAPlan, "不是计划文件");

        assertThat(LedgerFiles.run(park, out, "plan", "import", notAPlan.toString())).isEqualTo(PlanCommand.REFUSED);
        assertThat(out.toString()).contains("计划文件 " + notAPlan + " 未被导入：", "不是完整的 zip 文件")
                .doesNotContain("Exception");
    }

    private static int catalogVersion(Path ledger) {
        try (Services services = Services.open(ledger)) {
            assertThat(services.targets().list(TargetFilter.all().withPlan("SD311"))).isNotEmpty();
            return services.targets().plans().stream().filter(p -> p.code().equals("SD311")).findFirst().orElseThrow()
                    .catalogVersion();
        }
    }
}
