package org.ecopark.ledger.logic.collection;

/**
 * What the hidden sheet says a workbook is: template version, park, enterprise (or all) and period. The
 * sheet is very hidden and the workbook structure locked, so an edit takes intent; the {@link TemplateSeal}
 * over the sheet turns such an edit into a refusal instead of values booked to the wrong enterprise or period.
 */
public record TemplateMeta(String version, String parkCode, String uscc, String periodCode) {

    public boolean forAllEnterprises() {
        return TemplateLayout.ALL_ENTERPRISES.equals(uscc);
    }
}
