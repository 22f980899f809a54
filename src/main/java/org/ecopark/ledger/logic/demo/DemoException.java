package org.ecopark.ledger.logic.demo;

import org.ecopark.ledger.l10n.I18n;

/** A demo or generated park that cannot be loaded; the message is for the user, in their language. */
public class DemoException extends RuntimeException {

    public DemoException(String message) {
        super(message);
    }

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A fault in one line of one file: the message names both, so the user can open the file and fix it. */
    static DemoException atLine(String file, int line, String detail) {
        return new DemoException(I18n.tr("demo.line", file, String.valueOf(line), detail));
    }
}
