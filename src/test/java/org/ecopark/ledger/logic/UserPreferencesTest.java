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
}
