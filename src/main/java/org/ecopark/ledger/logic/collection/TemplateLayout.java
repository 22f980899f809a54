package org.ecopark.ledger.logic.collection;

import java.util.List;

/**
 * Where things sit in a collection workbook of {@link #VERSION}. Writer and reader share these, so a
 * change of layout is a new version, and a workbook of another version is refused rather than misread.
 *
 * <p>The values sheet: a header block (park, enterprise, credit code, period) above a table with one row
 * per enterprise and metric. The code columns (credit code, metric code) are hidden and locked; the reader
 * goes by them, never by the visible labels, which follow the user's language.
 */
public final class TemplateLayout {

    /** Stored in the hidden sheet and in collection_import.template_version. */
    public static final String VERSION = "1.1";
    /** The version whose hidden sheet carried a checksum anyone could recompute instead of the ledger's seal. */
    static final String UNSEALED_VERSION = "1.0";

    public static final String META_SHEET = "_meta";
    /** The credit code written in the hidden sheet of a workbook that holds all the park's enterprises. */
    public static final String ALL_ENTERPRISES = "*";

    static final String KEY_VERSION = "template.version";
    static final String KEY_PARK = "park.code";
    static final String KEY_ENTERPRISE = "enterprise.uscc";
    static final String KEY_PERIOD = "period.code";
    static final String KEY_SEAL = "seal";
    static final String KEY_VALUES_SHEET = "sheet.values";
    static final String KEY_PATENTS_SHEET = "sheet.patents";
    static final String KEY_STAFF_SHEET = "sheet.staff";
    static final String KEY_STANDARDS_SHEET = "sheet.standards";
    static final String KEY_GENERATED_AT = "generated.at";
    /** More fields than a hidden sheet of this version has; a sheet with more was not written by the program. */
    static final int MAX_META_FIELDS = 32;

    /** Values sheet: the header block's rows (label in column A, value in column B). */
    static final int ROW_TITLE = 0;
    static final int ROW_PARK = 1;
    static final int ROW_ENTERPRISE = 2;
    static final int ROW_USCC = 3;
    static final int ROW_PERIOD = 4;
    static final int ROW_HINT = 5;
    static final int HEADER_ROW = 6;
    public static final int FIRST_DATA_ROW = 7;

    public static final int COL_USCC = 0;
    static final int COL_ENTERPRISE = 1;
    public static final int COL_METRIC_CODE = 2;
    static final int COL_METRIC = 3;
    static final int COL_UNIT = 4;
    static final int COL_NOTE = 5;
    static final int COL_LAST_YEAR = 6;
    public static final int COL_VALUE = 7;

    static final List<String> VALUE_HEADERS = List.of("collection.template.col.uscc", "collection.template.col.enterprise",
            "collection.template.col.metricCode", "collection.template.col.metric", "collection.template.col.unit",
            "collection.template.col.note", "collection.template.col.lastYear", "collection.template.col.value");

    /** Optional sheets: a header row, then one row per record; in a workbook for all enterprises column A is the credit code. */
    static final int OPTIONAL_HEADER_ROW = 0;
    static final int OPTIONAL_FIRST_ROW = 1;

    /** Column headers of the optional sheets after the credit code column (if any). */
    static final List<String> PATENT_HEADERS = List.of("collection.template.patent.number",
            "collection.template.patent.title", "collection.template.patent.type", "collection.template.patent.appliedOn",
            "collection.template.patent.grantedOn");
    static final List<String> STAFF_HEADERS = List.of("collection.template.staff.name",
            "collection.template.staff.education", "collection.template.staff.fullTime",
            "collection.template.staff.joinedOn", "collection.template.staff.leftOn");
    static final List<String> STANDARD_HEADERS = List.of("collection.template.standard.code",
            "collection.template.standard.title", "collection.template.standard.level",
            "collection.template.standard.role", "collection.template.standard.publishedOn");

    private TemplateLayout() {
    }
}
