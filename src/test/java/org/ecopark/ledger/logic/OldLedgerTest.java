package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.ecopark.ledger.cli.LedgerCommand;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.persistence.LedgerSnapshot;
import org.ecopark.ledger.persistence.ReleaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A ledger made by an earlier release opens in this one: migrated to this release's schema (1.5 and 1.6 add the
 * derived-change journal and its triggers and recompute all derived data), with every record as that release left
 * it and every target's figure as that release showed it, and the ledger check finds nothing.
 *
 * <p>One fixture per release from 0.1.0 on: when a release is made, add its ledger to src/test/resources/fixtures
 * (made as the README there says) and a line for it below. ledger-0.1.0.zip (414 KB) is the program at commit
 * a1f54fd: its demo, then records of every kind added through its own services, two workbooks imported, one of them
 * again with --replace, and a package exported.
 */
class OldLedgerTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0.1.0, 1.4"})
    void aLedgerOfAnEarlierReleaseOpensMigratedWithEveryRecordAndFigureItHeld(String release, String itsSchema) {
        Path ledger = ReleaseFixtures.unpack(release, folder);
        LedgerSnapshot asReleased = LedgerSnapshot.of(ledger, "ZZSZ");
        String current;
        try (Services fresh = Services.open(folder.resolve("new/ledger"))) {
            current = fresh.schemaVersion();
        }

        try (Services services = Services.open(ledger, RecordFixtures.CLOCK)) {
            assertThat(services.schemaVersion()).isEqualTo(current);
            assertThat(services.check().check().clean()).as("the ledger check of the migrated ledger").isTrue();
        }

        assertThat(asReleased.schemaVersion()).isEqualTo(itsSchema);
        assertThat(LedgerSnapshot.of(ledger, "ZZSZ").records()).isEqualTo(asReleased.records());
        assertThat(status(ledger)).isEqualToNormalizingNewlines(ReleaseFixtures.status(release));
    }

    @Test
    void theLedgerOf010HoldsRecordsOfEveryKind() {
        Map<String, Integer> counts = LedgerSnapshot.of(ReleaseFixtures.unpack("0.1.0", folder)).counts();

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("enterprise", 43),
                Map.entry("enterprise_title", 47), Map.entry("project", 16), Map.entry("project_progress", 76),
                Map.entry("rd_staff", 226), Map.entry("patent", 209), Map.entry("patent_owner", 222),
                Map.entry("standard", 63), Map.entry("innovation_platform", 12), Map.entry("park_event", 28),
                Map.entry("collection_import", 2), Map.entry("period_stat", 10482), Map.entry("manual_value", 1),
                Map.entry("milestone_evidence", 1), Map.entry("warning_override", 1), Map.entry("submission", 1)));
    }

    /** {@code status --park ZZSZ --as-of 2025-12-31 --format csv}, as the release's fixture was asked. */
    private static String status(Path ledger) {
        StringWriter out = new StringWriter();
        var commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.execute("--db", ledger.toString(), "status", "--park", "ZZSZ", "--as-of", "2025-12-31", "--format",
                "csv");
        return out.toString();
    }
}
