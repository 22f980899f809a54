package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void chineseIsTheDefaultLanguage() {
        assertThat(UserPreferences.load(folder).language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theChosenLanguageIsRememberedAcrossStarts() {
        UserPreferences.load(folder).setLanguage(Locale.ENGLISH);
        assertThat(UserPreferences.load(folder).language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aDamagedFileFallsBackToTheDefaults() throws Exception {
        Files.write(folder.resolve("preferences.properties"), new byte[] {'l', '=', '\\', 'u', 'Z', 'Z'});
        assertThat(UserPreferences.load(folder).language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theWindowOpensTheLedgerItHadOpenLastWhileItsFileIsThere() throws Exception {
        UserPreferences preferences = UserPreferences.load(folder);
        assertThat(Locations.windowLedger(preferences)).isEqualTo(Locations.defaultDatabase());

        Path own = folder.resolve("园区").resolve("ledger");
        preferences.setLastLedger(own);
        // not made yet (or moved away): the default ledger, never a new empty file at the old place
        assertThat(Locations.windowLedger(UserPreferences.load(folder))).isEqualTo(Locations.defaultDatabase());

        // the same ledger again (every start) writes nothing
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(folder.resolve("preferences.properties"));
        Files.setLastModifiedTime(folder.resolve("preferences.properties"), java.nio.file.attribute.FileTime.fromMillis(0));
        UserPreferences.load(folder).setLastLedger(own);
        assertThat(Files.getLastModifiedTime(folder.resolve("preferences.properties")).toMillis()).isZero();
        assertThat(written.toMillis()).isPositive();

        Files.createDirectories(own.getParent());
        Files.write(Services.fileOf(own), new byte[] {1});
        assertThat(UserPreferences.load(folder).lastLedger()).contains(own.toAbsolutePath().normalize());
        assertThat(Locations.windowLedger(UserPreferences.load(folder))).isEqualTo(own.toAbsolutePath().normalize());
    }

    @Test
    void theWindowsPlaceIsRememberedAcrossStarts() {
        UserPreferences.load(folder).setWindow(new WindowBounds(43.5, 0, 1280, 728, true));

        assertThat(UserPreferences.load(folder).window()).contains(new WindowBounds(43.5, 0, 1280, 728, true));
    }

    @Test
    void theLanguageAndTheWindowsPlaceAreKeptSideBySide() {
        UserPreferences.load(folder).setLanguage(Locale.ENGLISH);
        UserPreferences.load(folder).setWindow(new WindowBounds(10, 20, 800, 600, false));

        UserPreferences loaded = UserPreferences.load(folder);
        assertThat(loaded.language()).isEqualTo(Locale.ENGLISH);
        assertThat(loaded.window()).contains(new WindowBounds(10, 20, 800, 600, false));
    }

    @Test
    void noWindowPlaceIsKnownBeforeTheFirstCloseOrWhenAPartOfItIsDamaged() throws Exception {
        assertThat(UserPreferences.load(folder).window()).isEmpty();

        Files.writeString(folder.resolve("preferences.properties"),
                "window.x=10\nwindow.y=abc\nwindow.width=800\nwindow.height=600\n");
        assertThat(UserPreferences.load(folder).window()).isEmpty();
    }

    @Test
    void theServerChosenIsKeptByItsAddressAloneAndAnUnusableOneCountsAsNone() throws Exception {
        var server = new org.ecopark.ledger.model.ServerAddress("db.park", 5433, "ledger", "clerk1");
        UserPreferences.load(folder).setServer(server);
        assertThat(UserPreferences.load(folder).server()).contains(server);

        UserPreferences.load(folder).setServer(null);
        assertThat(UserPreferences.load(folder).server()).isEmpty();

        Files.writeString(folder.resolve("preferences.properties"), "ledger.server=postgresql\\://db.park/ledger\n");
        assertThat(UserPreferences.load(folder).server()).as("no user").isEmpty();
    }
}
