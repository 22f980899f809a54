package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Park;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 登记公钥: which typed fingerprints are one, in the cover's form, and what the dialog asks for first. */
class KeysViewModelTest {

    private static final Park PARK = new Park(1, "ZZSZ", "枣庄市中区生态环保产业特色园区", null, "枣庄市", null, null, null,
            true, null, null);

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD; EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD",
        "ec07 c9b8 a451 322e 3ac5 cbc1 99fc dfcd; EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD",
        "  EC07-C9B8-A451-322E-3AC5-CBC1-99FC-DFCD ; EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD",
        "EC07  C9B8 A451 322E 3AC5 CBC1 99FC DFCD; EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD"})
    void aFingerprintAsPrintedOrTypedLooselyIsTakenInTheCoversForm(String typed, String expected) {
        assertThat(KeysViewModel.normalizedFingerprint(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"EC07 C9B8 A451 322E 3AC5 CBC1 99FC", "EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCG",
        "EC07C9B8A451322E3AC5CBC199FCDFCD", "EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD 0000", "''"})
    void anythingElseIsNoFingerprint(String typed) {
        assertThat(KeysViewModel.normalizedFingerprint(typed)).isNull();
    }

    @Test
    void theDialogAsksForTheParkThenTheFileOrAGoodFingerprint() {
        assertThat(KeysViewModel.problem(null, Path.of("k.json"), null, true)).isEqualTo("请选择园区。");
        assertThat(KeysViewModel.problem(PARK, null, null, true)).isEqualTo("请选择公钥文件。");
        assertThat(KeysViewModel.problem(PARK, Path.of("k.json"), null, true)).isNull();
        assertThat(KeysViewModel.problem(PARK, null, "12 34", false)).startsWith("指纹应为 8 组");
        assertThat(KeysViewModel.problem(PARK, null, "EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD", false)).isNull();
    }
}
