package org.ecopark.ledger.logic.validation;

/**
 * How bad a check's finding is. An ERROR blocks saving; a WARNING may be overridden with a written
 * explanation that travels with the data (a real but odd code must still be recordable).
 */
public enum Severity {
    OK,
    WARNING,
    ERROR;

    public boolean blocksSaving() {
        return this == ERROR;
    }
}
