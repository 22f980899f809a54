package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.persistence.DatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's ledger opened and evaluated while the window starts, handed over once and only for what it was made. */
class LedgerPreloadTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    Path folder;

    @Test
    void theLedgerAndItsFirstEvaluationAreHandedOverOnceForTheirLedgerAndPark() {
        Path ledger = folder.resolve("demo");
        try (Services services = Services.open(ledger)) {
            services.demo().load(false);
        }
        LedgerPreload preload = LedgerPreload.begin(ledger, AS_OF);
        assertThat(preload.take(folder.resolve("other"), null)).isEmpty();
        assertThat(preload.take(ledger, LedgerPassword.of("secret".toCharArray()))).isEmpty();

        try (Services services = preload.take(Path.of(ledger + ".mv.db"), null).orElseThrow()) {
            assertThat(preload.take(ledger, null)).isEmpty();
            String park = services.parks().selectedPark().orElseThrow().code();
            assertThat(preload.evaluationFor(services, park, AS_OF.minusDays(1))).isEmpty();
            assertThat(preload.evaluationFor(services, "OTHER", AS_OF)).isEmpty();
            assertThat(preload.evaluationUsed()).isFalse();

            LedgerPreload.FirstEvaluation first = preload.evaluationFor(services, park, AS_OF).orElseThrow();
            assertThat(first.evaluations()).isNotEmpty()
                    .isEqualTo(services.evaluation().evaluatePark(park, AS_OF));
            assertThat(first.plans()).isEqualTo(services.targets().plans());
            assertThat(preload.evaluationUsed()).isTrue();
            assertThat(preload.evaluationFor(services, park, AS_OF)).isEmpty();
        }
    }

    @Test
    void aLedgerOpenAndEvaluatedIsHandedOverWithoutWaitingUntilItIsTaken() throws Exception {
        Path ledger = folder.resolve("demo");
        try (Services services = Services.open(ledger)) {
            services.demo().load(false);
        }
        LedgerPreload preload = LedgerPreload.begin(ledger, AS_OF);
        awaitSettled(preload);
        assertThat(preload.openedAlready(folder.resolve("other"))).isFalse();
        assertThat(preload.openedAlready(ledger)).isTrue();

        try (Services services = preload.take(ledger, null).orElseThrow()) {
            assertThat(preload.openedAlready(ledger)).isFalse();
            String park = services.parks().selectedPark().orElseThrow().code();
            assertThat(preload.evaluationIfMade(services, "OTHER", AS_OF)).isEmpty();
            assertThat(preload.evaluationIfMade(services, park, AS_OF).orElseThrow().evaluations())
                    .isNotEmpty().isEqualTo(services.evaluation().evaluatePark(park, AS_OF));
            assertThat(preload.evaluationIfMade(services, park, AS_OF)).isEmpty(); // handed over once
        }
    }

    @Test
    void aLedgerThatDoesNotOpenHandsOverItsFailure() throws Exception {
        Path ledger = folder.resolve("broken");
        Files.writeString(Path.of(ledger + ".mv.db"), "not a ledger");
        LedgerPreload preload = LedgerPreload.begin(ledger, AS_OF);
        awaitSettled(preload);
        assertThat(preload.openedAlready(ledger)).isTrue(); // its failure is there to be taken at once

        assertThatThrownBy(() -> preload.take(ledger, null)).isInstanceOf(DatabaseException.class);
        assertThat(preload.openedAlready(ledger)).isFalse();
    }

    @Test
    void anEncryptedLedgerIsNotOpenedButLeftToItsPassword() throws Exception {
        Path ledger = folder.resolve("secret");
        Services.open(ledger, LedgerPassword.of("park-2025".toCharArray()), LedgerHolder.program()).close();
        LedgerPreload preload = LedgerPreload.begin(ledger, AS_OF);
        awaitSettled(preload);
        // its open waits for the password, and is slow on purpose: never taken in the window's event
        assertThat(preload.openedAlready(ledger)).isFalse();

        assertThat(preload.take(ledger, null)).isEmpty();
        assertThatThrownBy(() -> Services.open(ledger, null, LedgerHolder.program()))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.fault()).contains(LedgerFault.PASSWORD_NEEDED));
        Services.open(ledger, LedgerPassword.of("park-2025".toCharArray()), LedgerHolder.program()).close();
    }

    @Test
    void aPreloadDiscardedHandsNothingOver() {
        Path ledger = folder.resolve("ledger");
        Services.open(ledger).close();
        LedgerPreload preload = LedgerPreload.begin(ledger, AS_OF);
        CompletableFuture<Void> closed = preload.discard();
        assertThat(preload.take(ledger, null)).isEmpty();
        assertThat(preload.calls()).isNotNull();
        closed.join();
        preload.calls().close();
    }

    private static void awaitSettled(LedgerPreload preload) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!preload.settled()) {
            assertThat(System.nanoTime()).as("the preload settled in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
