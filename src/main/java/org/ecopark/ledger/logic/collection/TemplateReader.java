package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.logic.Excerpt;

/**
 * Reads a collection workbook's cells as stored, sheet by sheet with the streaming reader: the hidden
 * sheet first (what the workbook claims to be, refused when the version is wrong or the seal is not the
 * importing ledger's), then the values, then the optional sheets. Interpreting the cells is the {@link TemplateChecker}'s job.
 */
final class TemplateReader {

    /** A row of the values sheet: the codes in its hidden columns and the cell the enterprise filled in. */
    record ValueRow(int row, String uscc, String metricCode, SheetCell value) {
    }

    /** A row of an optional sheet that has something in it, cells by column. */
    record InputRow(int row, Map<Integer, SheetCell> cells) {

        SheetCell cell(int column) {
            return cells.get(column);
        }

        String text(int column) {
            SheetCell cell = cells.get(column);
            return cell == null || cell.isBlank() ? null : cell.asText();
        }
    }

    /** What a workbook holds; an absent optional sheet has a null name and no rows. */
    record Data(TemplateMeta meta, String valuesSheet, List<ValueRow> values, String patentsSheet, List<InputRow> patents,
                String staffSheet, List<InputRow> staff, String standardsSheet, List<InputRow> standards) {
    }

    private TemplateReader() {
    }

    /**
     * @param seal the seal of the importing ledger; empty when it has never made templates
     */
    static Data read(SafeWorkbook workbook, Optional<TemplateSeal> seal, BooleanSupplier cancelled)
            throws WorkbookRefusedException {
        Map<String, String> meta = meta(workbook);
        String name = workbook.fileName();
        String version = meta.get(TemplateLayout.KEY_VERSION);
        if (version == null || version.isBlank()) {
            throw new WorkbookRefusedException("collection.refused.versionMissing", name);
        }
        if (TemplateLayout.UNSEALED_VERSION.equals(version)) {
            throw new WorkbookRefusedException("collection.refused.unsealed", name, version);
        }
        if (!TemplateLayout.VERSION.equals(version)) {
            throw new WorkbookRefusedException("collection.refused.versionWrong", name, Excerpt.of(version),
                    TemplateLayout.VERSION);
        }
        if (seal.isEmpty() || !seal.get().verify(meta, meta.get(TemplateLayout.KEY_SEAL))) {
            throw new WorkbookRefusedException("collection.refused.sealBroken", name);
        }
        TemplateMeta codes = new TemplateMeta(version, meta.get(TemplateLayout.KEY_PARK),
                meta.get(TemplateLayout.KEY_ENTERPRISE), meta.get(TemplateLayout.KEY_PERIOD));
        if (codes.parkCode() == null || codes.uscc() == null || codes.periodCode() == null) {
            throw new WorkbookRefusedException("collection.refused.codesEdited", name);
        }
        String valuesSheet = required(meta, TemplateLayout.KEY_VALUES_SHEET, name);
        String patents = meta.get(TemplateLayout.KEY_PATENTS_SHEET);
        String staff = meta.get(TemplateLayout.KEY_STAFF_SHEET);
        String standards = meta.get(TemplateLayout.KEY_STANDARDS_SHEET);
        distinct(name, valuesSheet, patents, staff, standards);
        List<ValueRow> values = new ArrayList<>();
        workbook.stream(valuesSheet, (rowIndex, cells) -> {
            ImportCancelledException.check(cancelled);
            Map<Integer, SheetCell> byColumn = byColumn(cells);
            if (rowIndex < TemplateLayout.FIRST_DATA_ROW) {
                if (rowIndex < TemplateLayout.HEADER_ROW && (byColumn.containsKey(TemplateLayout.COL_METRIC_CODE)
                        || byColumn.containsKey(TemplateLayout.COL_VALUE))) {
                    // a row moved into the header block would be passed over without a word
                    throw new SheetStreamer.Refusal("collection.refused.layoutEdited", rowIndex + 1);
                }
                return;
            }
            String uscc = text(byColumn.get(TemplateLayout.COL_USCC));
            String code = text(byColumn.get(TemplateLayout.COL_METRIC_CODE));
            SheetCell value = byColumn.get(TemplateLayout.COL_VALUE);
            if (uscc != null || code != null || value != null) {
                values.add(new ValueRow(rowIndex, uscc, code, value));
            }
        });
        return new Data(codes, valuesSheet, values, patents, inputs(workbook, patents, cancelled), staff,
                inputs(workbook, staff, cancelled), standards, inputs(workbook, standards, cancelled));
    }

    private static Map<String, String> meta(SafeWorkbook workbook) throws WorkbookRefusedException {
        if (!workbook.hasSheet(TemplateLayout.META_SHEET)) {
            throw new WorkbookRefusedException("collection.refused.versionMissing", workbook.fileName());
        }
        Map<String, String> meta = new HashMap<>();
        workbook.stream(TemplateLayout.META_SHEET, (rowIndex, cells) -> {
            Map<Integer, SheetCell> byColumn = byColumn(cells);
            String key = text(byColumn.get(0));
            if (key != null && (meta.put(key, text(byColumn.get(1))) != null || meta.size() > TemplateLayout.MAX_META_FIELDS)) {
                throw new SheetStreamer.Refusal("collection.refused.metaEdited");
            }
        });
        return meta;
    }

    /** The sheets the hidden sheet names are different sheets, and none is the hidden sheet itself. */
    private static void distinct(String fileName, String... sheets) throws WorkbookRefusedException {
        Set<String> seen = new HashSet<>();
        for (String sheet : sheets) {
            if (sheet != null && (TemplateLayout.META_SHEET.equals(sheet) || !seen.add(sheet))) {
                throw new WorkbookRefusedException("collection.refused.codesEdited", fileName);
            }
        }
    }

    private static String required(Map<String, String> meta, String key, String fileName) throws WorkbookRefusedException {
        String value = meta.get(key);
        if (value == null) {
            throw new WorkbookRefusedException("collection.refused.codesEdited", fileName);
        }
        return value;
    }

    private static List<InputRow> inputs(SafeWorkbook workbook, String sheet, BooleanSupplier cancelled)
            throws WorkbookRefusedException {
        List<InputRow> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        workbook.stream(sheet, (rowIndex, cells) -> {
            ImportCancelledException.check(cancelled);
            if (rowIndex >= TemplateLayout.OPTIONAL_FIRST_ROW && cells.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new InputRow(rowIndex, byColumn(cells)));
            }
        });
        return rows;
    }

    static Map<Integer, SheetCell> byColumn(List<SheetCell> cells) {
        Map<Integer, SheetCell> map = new HashMap<>();
        cells.forEach(cell -> map.put(cell.column(), cell));
        return map;
    }

    private static String text(SheetCell cell) {
        return cell == null || cell.isBlank() ? null : cell.asText();
    }
}
