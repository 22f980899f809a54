package org.ecopark.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.model.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which starts go straight to the window (and open its ledger beside JavaFX's start), and which to the command line. */
class LauncherTest {

    @TempDir
    Path folder;

    @Test
    void noArgumentsOrOnlyTheLedgerAreAWindowStart() {
        UserPreferences preferences = UserPreferences.load(folder);
        assertThat(Launcher.windowLedger(new String[0], preferences)).isNotNull();
        assertThat(Launcher.windowLedger(new String[] {"--db", "/tmp/park/ledger"}, preferences))
                .isEqualTo(Path.of("/tmp/park/ledger"));
        assertThat(Launcher.windowLedger(new String[] {"--db=/tmp/park/ledger"}, preferences))
                .isEqualTo(Path.of("/tmp/park/ledger"));
    }

    @Test
    void aCommandOrAnythingElseIsLeftToTheCommandLine() {
        UserPreferences preferences = UserPreferences.load(folder);
        assertThat(Launcher.windowLedger(new String[] {"status"}, preferences)).isNull();
        assertThat(Launcher.windowLedger(new String[] {"--db", "ledger", "status"}, preferences)).isNull();
        // a name no file can have: the command line's own message, not a failure before it
        assertThat(Launcher.windowLedger(new String[] {"--db", "park\0ledger"}, preferences)).isNull();
        assertThat(Launcher.windowLedger(new String[] {"--db"}, preferences)).isNull();
        assertThat(Launcher.windowLedger(new String[] {"--db="}, preferences)).isNull();
        assertThat(Launcher.windowLedger(new String[] {"--db", "--help"}, preferences)).isNull();
        assertThat(Launcher.windowLedger(new String[] {"--help"}, preferences)).isNull();
    }

    @Test
    void aServersAddressAloneOrTheServerChosenInTheSettingsIsAWindowStartOnTheServer() {
        UserPreferences preferences = UserPreferences.load(folder);
        ServerAddress server = new ServerAddress("db.park", 5432, "ledger", "clerk1");
        assertThat(Launcher.windowServer(new String[0], preferences)).as("the file, until a server is chosen").isEmpty();
        assertThat(Launcher.windowServer(new String[] {"--db", server.toString()}, preferences)).contains(server);
        assertThat(Launcher.windowServer(new String[] {"--db=" + server}, preferences)).contains(server);
        assertThat(Launcher.windowLedger(new String[] {"--db", server.toString()}, preferences)).isNull();
        assertThat(Launcher.windowServer(new String[] {"--db", server.toString(), "info"}, preferences)).isEmpty();
        assertThat(Launcher.windowServer(new String[] {"--db", "postgresql://db.park/ledger"}, preferences))
                .as("no user: the command line says what is missing").isEmpty();

        preferences.setServer(server);
        assertThat(Launcher.windowServer(new String[0], UserPreferences.load(folder))).contains(server);
        assertThat(Launcher.windowServer(new String[] {"--db", "/tmp/park/ledger"}, preferences)).isEmpty();
        preferences.setServer(null);
        assertThat(Launcher.windowServer(new String[0], UserPreferences.load(folder))).isEmpty();
    }
}
