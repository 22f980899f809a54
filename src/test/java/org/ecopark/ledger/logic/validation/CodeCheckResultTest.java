package org.ecopark.ledger.logic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCheckResultTest {

    @Test
    void anOkResultCarriesNoMessage() {
        CodeCheckResult ok = CodeCheckResult.ok("GB 3838-2002");

        assertThat(ok.messageKey()).isNull();
        assertThat(ok.args()).isEmpty();
        assertThat(ok.blocksSaving()).isFalse();
    }

    @Test
    void aMessageKeyIsRequiredExactlyWhenTheSeverityIsNotOk() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeCheckResult("x", Severity.WARNING, null, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeCheckResult("x", Severity.OK, "k", List.of()));
    }

    @Test
    void onlyAnErrorBlocksSaving() {
        assertThat(CodeCheckResult.warning("x", "k").blocksSaving()).isFalse();
        assertThat(CodeCheckResult.error("x", "k").blocksSaving()).isTrue();
    }

    @Test
    void theArgumentsCannotBeChangedAfterwards() {
        List<String> args = new ArrayList<>(List.of("a"));
        CodeCheckResult result = new CodeCheckResult("x", Severity.ERROR, "k", args);
        args.add("b");

        assertThat(result.args()).containsExactly("a");
        assertThatThrownBy(() -> result.args().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(result.argsArray()).containsExactly("a");
    }
}
