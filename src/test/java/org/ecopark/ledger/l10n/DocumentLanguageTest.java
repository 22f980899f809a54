package org.ecopark.ledger.l10n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A document for the bureau is written in Chinese on its own thread while the screen stays in English. */
class DocumentLanguageTest {

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void textsAreChineseInsideAndTheScreensLanguageAfter() {
        String inside = I18n.inChinese(() -> I18n.tr("app.title") + " / " + I18n.locale().getLanguage());

        assertThat(inside).isEqualTo("园区台账 EcoPark Ledger / zh");
        assertThat(I18n.tr("app.title")).isEqualTo("EcoPark Ledger");
        assertThat(I18n.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anotherThreadKeepsTheScreensLanguageMeanwhile() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        CompletableFuture<String> document = CompletableFuture.supplyAsync(() -> I18n.inChinese(() -> {
            writing.countDown();
            awaitQuietly(looked);
            return I18n.tr("app.title");
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        String screen = I18n.tr("app.title");
        looked.countDown();

        assertThat(screen).isEqualTo("EcoPark Ledger");
        assertThat(document.get(10, TimeUnit.SECONDS)).isEqualTo("园区台账 EcoPark Ledger");
    }

    @Test
    void aFailedWritingLeavesTheScreensLanguage() {
        assertThatThrownBy(() -> I18n.inChinese(() -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);

        assertThat(I18n.tr("app.title")).isEqualTo("EcoPark Ledger");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
