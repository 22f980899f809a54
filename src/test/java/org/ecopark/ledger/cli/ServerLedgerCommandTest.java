package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a ledger in a PostgreSQL database ({@code --db postgresql://…}): {@code info} on an empty database
 * creates the schema and says so, names the server; a wrong password, a server that does not answer, a database that
 * is not there and a schema newer than the program each end in one sentence; a backup is refused. Skipped without a
 * test server ({@link TestServer}).
 */
class ServerLedgerCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private ServerAddress database;
    private Path passwordFile;

    @BeforeEach
    void emptyDatabase() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        database = TestServer.emptyDatabase();
        passwordFile = Files.writeString(folder.resolve("password"), new String(TestServer.password()) + "\n");
    }

    @AfterEach
    void drop() {
        if (database != null) { // null: skipped, no server
            TestServer.drop(database);
        }
    }

    private int run(Map<String, String> environment, String... args) {
        return NoTerminal.run(out, environment, args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void infoOnAnEmptyDatabaseCreatesTheSchemaSaysSoAndNamesTheServer() {
        assertThat(run("--db", database.toString(), "--password-file", passwordFile.toString(), "info")).isZero();

        assertThat(out.toString())
                .contains("中还没有台账结构，已按迁移脚本创建（结构版本 " + Database.NEWEST_SCHEMA + "）")
                .contains("数据库：PostgreSQL 服务器 " + database.host() + ":" + database.port() + "，数据库 "
                        + database.database() + "，用户 " + database.user())
                .contains("数据库结构版本：" + Database.NEWEST_SCHEMA)
                .contains("园区数：10");

        out.getBuffer().setLength(0);
        assertThat(run(Map.of(LedgerCommand.SERVER_PASSWORD_VARIABLE, new String(TestServer.password())),
                "--db", database.toString(), "info")).isZero();
        assertThat(out.toString()).as("the second time the schema is there: nothing created")
                .doesNotContain("已按迁移脚本创建").contains("数据库结构版本：" + Database.NEWEST_SCHEMA);
    }

    @Test
    void aWrongPasswordIsOneSentenceAndThePasswordsExitCode() {
        assertThat(run(Map.of(LedgerCommand.SERVER_PASSWORD_VARIABLE, "not-the-password"),
                "--db", database.toString(), "info")).isEqualTo(FriendlyErrors.PASSWORD);

        assertThat(out.toString().strip()).startsWith("数据库服务器拒绝了登录 " + database)
                .contains("密码不正确").doesNotContain("Exception").doesNotContain("FATAL");
    }

    @Test
    void withoutAnyPasswordOutsideATerminalTheCommandSaysWhereToGiveIt() {
        assertThat(run("--db", database.toString(), "info")).isEqualTo(FriendlyErrors.PASSWORD);

        assertThat(out.toString()).contains("--password-file").contains("ECOPARK_DB_PASSWORD");
    }

    @Test
    void aServerThatDoesNotAnswerAndADatabaseThatIsNotThereAreSaidPlainly() {
        ServerAddress nowhere = new ServerAddress(database.host(), 1, database.database(), database.user());
        assertThat(run("--db", nowhere.toString(), "--password-file", passwordFile.toString(), "info")).isNotZero();
        assertThat(out.toString()).contains("连接不上数据库服务器 " + nowhere).doesNotContain("Exception");

        out.getBuffer().setLength(0);
        ServerAddress missing = new ServerAddress(database.host(), database.port(), database.database() + "_gone",
                database.user());
        assertThat(run("--db", missing.toString(), "--password-file", passwordFile.toString(), "info")).isNotZero();
        assertThat(out.toString()).contains("服务器上没有数据库 " + missing);
    }

    @Test
    void aClerkWithoutRightsIsToldToAskForThemAndWithTheRecipesRightsReadsTheLedger() throws IOException {
        assertThat(run("--db", database.toString(), "--password-file", passwordFile.toString(), "info")).isZero();
        String role = "clerk_norights_" + ProcessHandle.current().pid();
        TestServer.execute(database, "DROP ROLE IF EXISTS " + role);
        TestServer.execute(database, "CREATE ROLE " + role + " LOGIN PASSWORD 'clerk'");
        TestServer.execute(database, "GRANT " + role + " TO " + database.user()); // so that it may drop what it owns
        try {
            ServerAddress clerk = new ServerAddress(database.host(), database.port(), database.database(), role);
            Path clerkPassword = Files.writeString(folder.resolve("clerk"), "clerk\n");
            out.getBuffer().setLength(0);

            assertThat(run("--db", clerk.toString(), "--password-file", clerkPassword.toString(), "info")).isNotZero();
            assertThat(out.toString()).contains("登录 " + clerk + " 的用户在这个数据库上缺少所需的权限")
                    .doesNotContain("Exception").doesNotContain("Cannot open");

            // the README's recipe for an office server: the rows of every table and the sequences, not the schema
            TestServer.execute(database, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            TestServer.execute(database, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
            out.getBuffer().setLength(0);
            assertThat(run("--db", clerk.toString(), "--password-file", clerkPassword.toString(), "check")).isZero();
            assertThat(out.toString()).contains("检查通过");
        } finally {
            TestServer.execute(database, "DROP OWNED BY " + role);
            TestServer.execute(database, "DROP ROLE " + role);
        }
    }

    @Test
    void aSchemaNewerThanTheProgramIsNotTouched() {
        assertThat(run("--db", database.toString(), "--password-file", passwordFile.toString(), "info")).isZero();
        TestServer.execute(database, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (999, '9.1', 'from the future', 'SQL',"
                + " 'V9_1__from_the_future.sql', 0, 'test', 0, TRUE)");
        out.getBuffer().setLength(0);

        assertThat(run("--db", database.toString(), "--password-file", passwordFile.toString(), "info")).isNotZero();

        assertThat(out.toString()).contains("数据库结构比本程序新（本程序认识到版本 " + Database.NEWEST_SCHEMA + "）");
    }

    @Test
    void backupIsRefusedOnAServerLedgerAndTheWindowOnlyWithoutOtherOptions() {
        assertThat(run("--db", database.toString(), "--password-file", passwordFile.toString(), "backup")).isNotZero();
        assertThat(out.toString()).contains("由服务器备份").contains("db copy --from " + database + " --to");
        out.getBuffer().setLength(0);
        // --db alone opens the window on the server (the launcher's own path); with a password file it says how
        assertThat(run("--db", database.toString(), "--password-file", passwordFile.toString())).isNotZero();
        assertThat(out.toString()).contains("请这样在窗口中打开：ecopark-ledger --db " + database + "（不带其他选项）");
        out.getBuffer().setLength(0);
        assertThat(run("--db", "postgresql://localhost:5432/ledger", "info")).isEqualTo(2);
        assertThat(out.toString()).contains("不完整");
    }
}
