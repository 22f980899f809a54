package org.ecopark.ledger.logic.collection;

import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.logic.records.DateRules;
import org.ecopark.ledger.logic.records.RecordServices;

/**
 * Offline collection from enterprises: generating the workbooks they fill in, importing them back, and
 * importing lists of records from any sheet or CSV file. All writes go through the record services'
 * audited transactions, so an import is logged like a change made in a form.
 */
public final class CollectionServices {

    private final TemplateService templates;
    private final ImportService imports;
    private final ListImportService lists;
    private final DateRules dates;

    /** @param beforeChange asked for a backup before a re-import replaces an earlier import's values */
    public CollectionServices(RecordServices records, BeforeChange beforeChange) {
        this.dates = records.dates();
        this.templates = new TemplateService(records);
        this.imports = new ImportService(records, beforeChange);
        this.lists = new ListImportService(records);
    }

    public TemplateService templates() {
        return templates;
    }

    public ImportService imports() {
        return imports;
    }

    public ListImportService lists() {
        return lists;
    }

    /** Today, and whether a period has ended, as the templates and imports judge them. */
    public DateRules dates() {
        return dates;
    }
}
