package org.ecopark.ledger.gui.records;

import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;

/**
 * Why a form cannot be saved, counted for the line beside Save: "2 处错误，1 处警告需说明".
 *
 * @param errors      errors shown at their fields
 * @param pending     errors of fields the user has not been in yet (a new form's required fields), not shown
 *                    in red until the field is left or Save is pressed
 * @param unexplained warnings that have no explanation yet
 */
record ProblemSummary(int errors, int pending, int unexplained) {

    boolean isEmpty() {
        return errors == 0 && pending == 0 && unexplained == 0;
    }

    /** The counts in the user's language; empty when there is nothing to say. */
    String text() {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(I18n.tr("records.form.summary.errors", errors));
        }
        if (pending > 0) {
            parts.add(I18n.tr("records.form.summary.pending", pending));
        }
        if (unexplained > 0) {
            parts.add(I18n.tr("records.form.summary.unexplained", unexplained));
        }
        return String.join(I18n.tr("records.form.summary.separator"), parts);
    }
}
