package org.ecopark.ledger.gui.submissions;

import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.PackageVerifier;

/** What the 报送 screen says of a checked package: which of the four outcomes, in one sentence. */
final class VerifyTexts {

    private VerifyTexts() {
    }

    static String summary(String fileName, PackageVerifier.Result result) {
        return switch (result.outcome()) {
            case TRUSTED -> {
                var signer = result.signature().registered().orElseThrow();
                yield I18n.tr("submission.gui.verified", fileName, signer.parkName(), signer.parkCode(),
                        result.manifest().period().code());
            }
            case UNKNOWN_SIGNER -> I18n.tr("submission.gui.unconfirmed", fileName,
                    result.signature().fingerprint().text());
            case UNSIGNED -> I18n.tr("submission.gui.unsigned", fileName);
            case REFUSED -> I18n.tr("submission.gui.verifyFailed", fileName, result.problems().size());
        };
    }
}
