package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.copy.LedgerRows;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db copy}: a demo ledger copied to a new file, and to a PostgreSQL server and back (skipped without a test
 * server), prints every table's rows on both sides and the verification; a target holding a ledger is refused (exit
 * 1) and left as it was.
 */
class DbCopyCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private Path park;
    private ServerAddress database;

    @BeforeEach
    void demoPark() {
        I18n.setLocale(I18n.CHINESE);
        park = folder.resolve("park");
        assertThat(run(Map.of(), "--db", park.toString(), "demo")).isZero();
        out.getBuffer().setLength(0);
    }

    @AfterEach
    void drop() {
        if (database != null) {
            TestServer.drop(database);
        }
    }

    private int run(Map<String, String> environment, String... args) {
        return NoTerminal.run(out, environment, args);
    }

    @Test
    void aFileIsCopiedToANewFileWithEveryTablesRowsPrinted() {
        Path copy = folder.resolve("copy");

        assertThat(run(Map.of(), "db", "copy", "--from", park.toString(), "--to", copy.toString())).isZero();

        assertThat(out.toString()).contains("已把台账 " + park.toAbsolutePath() + ".mv.db 复制到")
                .containsPattern("enterprise：(\\d+) → \\1").containsPattern("period_stat：(\\d+) → \\1")
                .contains("核对通过");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--db", copy.toString(), "check")).isZero();
        assertThat(out.toString()).contains("检查通过");
    }

    @Test
    void aTargetHoldingALedgerIsRefusedWithExitOne() {
        Path copy = folder.resolve("copy");
        assertThat(run(Map.of(), "db", "copy", "--from", park.toString(), "--to", copy.toString())).isZero();
        Map<String, java.util.List<String>> before = rows(copy);
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "db", "copy", "--from", park.toString(), "--to", copy.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("已存有台账数据").contains("保持原样").doesNotContain("Exception");
        assertThat(rows(copy)).isEqualTo(before);
    }

    private static Map<String, java.util.List<String>> rows(Path ledger) {
        try (Database database = Database.open(ledger)) {
            return LedgerRows.of(database);
        }
    }

    @Test
    void aFileIsCopiedToTheServerAndBack() throws IOException {
        database = TestServer.emptyDatabase();
        Path password = Files.writeString(folder.resolve("password"), new String(TestServer.password()) + "\n");
        Path back = folder.resolve("back");

        assertThat(run(Map.of(), "db", "copy", "--from", park.toString(), "--to", database.toString(),
                "--to-password-file", password.toString())).isZero();
        assertThat(out.toString()).contains("复制到 " + database).contains("核对通过");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(LedgerCommand.SERVER_PASSWORD_VARIABLE, new String(TestServer.password())),
                "db", "copy", "--from", database.toString(), "--to", back.toString())).isZero();
        assertThat(out.toString()).contains("核对通过");

        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--db", back.toString(), "check")).isZero();
    }

    @Test
    void aWrongServerPasswordIsOneSentence() throws IOException {
        database = TestServer.emptyDatabase();
        Path wrong = Files.writeString(folder.resolve("wrong"), "not-the-password\n");

        int exit = run(Map.of(), "db", "copy", "--from", park.toString(), "--to", database.toString(),
                "--to-password-file", wrong.toString());

        assertThat(exit).isEqualTo(FriendlyErrors.PASSWORD);
        assertThat(out.toString()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
