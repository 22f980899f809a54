package org.ecopark.ledger.logic.collection;

import org.ecopark.ledger.logic.validation.Severity;

/**
 * One finding of an import, where a person can find it: file, sheet and cell, and the reason in the
 * user's language. An error refuses the file; a warning needs a written explanation before the file
 * may be committed, given under {@link #warningId()}.
 *
 * @param sheet     empty for a finding about the whole file
 * @param cell      e.g. {@code H12}; empty for a finding about the whole file or sheet
 * @param warningId for a warning: what identifies it within its file ({@code sheet!cell}); else null
 */
public record ImportProblem(String file, String sheet, String cell, Severity severity, String reason, String warningId) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A refusal of the whole file. */
    static ImportProblem refusal(String file, String reason) {
        return new ImportProblem(file, "", "", Severity.ERROR, reason, null);
    }

    /** The report line the command prints: file | sheet | cell | reason. */
    public String line() {
        return String.join(" | ", file, sheet, cell, reason);
    }
}
