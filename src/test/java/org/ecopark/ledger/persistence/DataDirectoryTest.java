package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void windowsKeepsTheDataInAppData() {
        Path folder = DataDirectory.resolve(Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming"), "Windows 11", "C:\\Users\\li");
        assertThat(folder.toString()).endsWith("EcoParkLedger").startsWith("C:\\Users\\li\\AppData\\Roaming");
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderOfTheProfile() {
        assertThat(DataDirectory.resolve(Map.of("APPDATA", " "), "Windows 10", "/profiles/li"))
                .isEqualTo(Path.of("/profiles/li", "AppData", "Roaming", "EcoParkLedger"));
    }

    @Test
    void macKeepsTheDataInApplicationSupport() {
        assertThat(DataDirectory.resolve(Map.of(), "Mac OS X", "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/EcoParkLedger"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/li"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/data/li/ecopark-ledger"));
    }

    @Test
    void linuxDefaultsToLocalShare() {
        assertThat(DataDirectory.resolve(Map.of(), "Linux", "/home/li"))
                .isEqualTo(Path.of("/home/li/.local/share/ecopark-ledger"));
    }

    @Test
    void macIgnoresTheXdgVariableOfLinux() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/li"), "Mac OS X", "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/EcoParkLedger"));
    }

    @Test
    void theHomeVariableOverridesEverySystem() {
        assertThat(DataDirectory.resolve(Map.of(DataDirectory.HOME_VARIABLE, "/portable/ledger"), "Windows 10", "C:\\x"))
                .isEqualTo(Path.of("/portable/ledger"));
    }
}
