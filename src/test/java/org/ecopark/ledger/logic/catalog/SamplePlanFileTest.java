package org.ecopark.ledger.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.catalog.PlanChanges.Kind;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.Test;

/** The example plan file in sample-data: intact, signed by the example issuer's key beside it, five targets for ZZSZ. */
class SamplePlanFileTest {

    private static final Path FOLDER = Path.of("sample-data", "plan-example");

    @Test
    void theExamplePlanImportsIntoAFreshLedgerSignedByTheExampleIssuer() {
        I18n.setLocale(I18n.CHINESE);
        try (Services services = new Services(Database.inMemory("sample-plan-" + System.nanoTime()))) {
            PlanFileService.Preview preview = services.planFiles().preview(FOLDER.resolve("EX-2026-plan.zip"),
                    TrustedKeys.of(FOLDER.resolve("example-issuer-key.json")));

            assertThat(preview.signerConfirmed()).isTrue();
            assertThat(preview.plan().name()).contains("示例").contains("2026—2028");
            assertThat(preview.changes().count(Kind.NEW)).isEqualTo(6);
            services.planFiles().apply(preview);

            assertThat(services.targets().list(TargetFilter.park("ZZSZ").withPlan("EX-2026")))
                    .extracting(Target::code).containsExactly("EX-ZZSZ-T01", "EX-ZZSZ-T02", "EX-ZZSZ-T03",
                            "EX-ZZSZ-T04", "EX-ZZSZ-T05");
            assertThat(services.targets().list(TargetFilter.all().withPlan("EX-2026")))
                    .allSatisfy(t -> assertThat(t.sentence()).startsWith("（示例）"));
        }
    }
}
