package org.ecopark.ledger.logic.collection;

import org.ecopark.ledger.l10n.I18n;

/**
 * A whole file refused before any of its cells is looked at: not a workbook, locked with a password,
 * damaged, too large, or a template of another park, period or version. The message says why in the
 * user's language; nothing was written.
 */
public class WorkbookRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public WorkbookRefusedException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public WorkbookRefusedException(Throwable cause, String messageKey, Object... args) {
        super(I18n.tr(messageKey, args), cause);
        this.messageKey = messageKey;
    }

    /** Which refusal this is, for tests and for the report's grouping. */
    public String messageKey() {
        return messageKey;
    }
}
