package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a test of the figures across two parks: the two park ledgers and their 2025 packages once per class, a
 * new bureau (nothing received) for each test.
 */
abstract class TwoParkBureauTest {

    @TempDir
    static Path folder;

    static TwoParkBureau parks;

    Services bureau;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        parks = TwoParkBureau.packages(folder);
    }

    @AfterAll
    static void closeParks() {
        parks.close();
    }

    @BeforeEach
    void newBureau() throws IOException {
        bureau = parks.bureau(Database.inMemory("two-park-bureau-" + System.nanoTime()));
    }

    @AfterEach
    void closeBureau() {
        bureau.close();
    }
}
