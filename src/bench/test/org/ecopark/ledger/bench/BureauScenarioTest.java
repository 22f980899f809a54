package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau row on a tiny park: ten packages made once from the cached park, each naming its own shipped park and
 * signed by its own key, received in full by a new bureau every round, against the floor (nothing is timed here).
 */
class BureauScenarioTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    Path work;

    @Test
    void tenParksPackagesAreMadeOnceReceivedAndComparedWithReadingThem() throws Exception {
        Path park = BenchPark.prepare(work, 3, 1, null);

        List<Figure> figures = BureauScenario.run(park, work.resolve("3x1"), 1, AS_OF);

        assertThat(figures).singleElement().satisfies(figure -> {
            assertThat(figure.name()).startsWith("receive and consolidate 10 packages of 2025 (");
            assertThat(figure.median()).isPositive();
            assertThat(figure.floorName()).isEqualTo(BureauFloor.NAME);
            assertThat(figure.ratio()).isPositive();
        });
        List<BureauInbox.Parcel> parcels = BureauInbox.prepare(park, ReportPeriod.year(2025), AS_OF);
        List<String> fingerprints = new ArrayList<>();
        for (BureauInbox.Parcel parcel : parcels) {
            PackageVerifier.Result verified = PackageVerifier.verify(parcel.zip());
            assertThat(verified.problems()).isEmpty();
            assertThat(verified.manifest().park().code()).isEqualTo(parcel.parkCode());
            fingerprints.add(verified.signature().fingerprint().text());
        }
        assertThat(parcels).extracting(BureauInbox.Parcel::parkCode).doesNotHaveDuplicates().hasSize(10);
        assertThat(fingerprints).doesNotHaveDuplicates();

        FileTime made = Files.getLastModifiedTime(parcels.get(0).zip());
        BureauScenario.run(park, work.resolve("3x1"), 1, AS_OF);
        assertThat(Files.getLastModifiedTime(parcels.get(0).zip())).as("kept and reused").isEqualTo(made);
    }
}
