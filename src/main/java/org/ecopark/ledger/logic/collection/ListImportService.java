package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.AuditedWrites;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.model.Park;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings in a list of enterprises, patents, R&D staff or standards from any sheet (.xlsx or .xls) or CSV file, whatever
 * its columns: the user maps columns to fields on a preview of the first rows, every row is checked by
 * the same rules as the forms, and the whole list is written in one transaction or not at all. The rows of an
 * .xlsx or CSV are streamed, so a list of 100,000 rows is read without holding the workbook in memory.
 */
public final class ListImportService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ListImportService.class);

    public static final int PREVIEW_ROWS = 20;
    private static final int PROGRESS_STEP = 1_000;

    private final RecordServices records;
    private final AuditedWrites writes;

    public ListImportService(RecordServices records) {
        this.records = records;
        this.writes = records.writes();
    }

    /** The sheet's (or CSV file's) header and first rows, with the mapping its headers suggest. */
    public ListPreview preview(Path file, String sheet, ListKind kind) throws WorkbookRefusedException, IOException {
        InputFiles.check(file, SafeWorkbook.MAX_FILE_BYTES);
        List<String> sheets = isCsv(file) ? List.of() : sheets(file);
        String shown = isCsv(file) ? null : sheet != null ? sheet : sheets.isEmpty() ? null : sheets.get(0);
        List<List<SheetCell>> rows = new ArrayList<>();
        try {
            stream(file, shown, (rowIndex, cells) -> {
                rows.add(cells);
                if (rows.size() > PREVIEW_ROWS) {
                    throw new SafeWorkbook.RowLimitException();
                }
            });
        } catch (SafeWorkbook.RowLimitException e) {
            // enough rows for a preview
        }
        int width = rows.stream().flatMap(List::stream).mapToInt(cell -> cell.column() + 1).max().orElse(0);
        List<String> headers = rows.isEmpty() ? List.of() : texts(rows.get(0), width);
        List<List<String>> body = rows.stream().skip(1).map(cells -> texts(cells, width)).toList();
        return new ListPreview(sheets, shown, headers, body, guess(kind, headers));
    }

    /** The sheets of a workbook a list can be read from (the hidden sheet of a template left out). */
    public static List<String> sheets(Path file) throws WorkbookRefusedException {
        if (OldWorkbook.is(file)) {
            try (OldWorkbook workbook = OldWorkbook.open(file)) {
                return workbook.sheetNames();
            }
        }
        try (SafeWorkbook workbook = SafeWorkbook.open(file)) {
            return workbook.sheetNames().stream().filter(name -> !TemplateLayout.META_SHEET.equals(name)).toList();
        }
    }

    /**
     * Field -> column for the headers that name a field (in either language, by another name an office's own list
     * tends to use, or by the field's own name).
     */
    public static Map<String, Integer> guess(ListKind kind, List<String> headers) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (String field : kind.fields()) {
            for (int column = 0; column < headers.size(); column++) {
                String header = headers.get(column).strip();
                if (header.equalsIgnoreCase(field) || Choices.isLabel(header, "collection.field." + kind.name() + "." + field)
                        || Choices.isAlias(header, "collection.fieldAlias." + kind.name() + "." + field)) {
                    mapping.put(field, column);
                    break;
                }
            }
        }
        return mapping;
    }

    /**
     * Reads and checks every row below the header, writing nothing.
     *
     * @param mapping field -> column (0-based); a required field without a column refuses the list
     */
    public ListImportPlan analyse(Path file, String sheet, ListKind kind, Map<String, Integer> mapping, Park park,
                                  CollectionProgress progress, BooleanSupplier cancelled) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        mapping.forEach((field, column) -> {
            if (column != null && column >= 0 && kind.fields().contains(field)) {
                columns.put(field, column);
            }
        });
        List<String> missing = kind.fields().stream().filter(kind::isRequired).filter(f -> !columns.containsKey(f))
                .map(kind::label).toList();
        if (!missing.isEmpty()) {
            return refused(file, kind, I18n.tr("collection.list.missingColumns", String.join("、", missing)));
        }
        PlanBuilder plan = new PlanBuilder(InputFiles.name(file));
        RecordRules rules = new RecordRules(records, writes.read(), park.id());
        int[] header = {-1};
        try {
            InputFiles.check(file, SafeWorkbook.MAX_FILE_BYTES);
            String chosen = isCsv(file) || sheet != null ? sheet : sheets(file).stream().findFirst().orElse(null);
            String sheetLabel = chosen == null ? "" : chosen;
            stream(file, chosen, (rowIndex, cells) -> {
                ImportCancelledException.check(cancelled);
                if (header[0] < 0) {
                    header[0] = rowIndex;
                    return;
                }
                rules.check(kind, new RowCells(plan, sheetLabel, rowIndex, columns, TemplateReader.byColumn(cells)), null, plan);
                if (++plan.rows % PROGRESS_STEP == 0) {
                    progress.update(plan.rows, -1, I18n.tr("collection.progress.rows", plan.rows));
                }
            });
        } catch (WorkbookRefusedException e) {
            return refused(file, kind, e.getMessage());
        } catch (IOException e) {
            LOGGER.info("Reading the list {} failed: {}", InputFiles.name(file), e.toString());
            return refused(file, kind, I18n.tr("collection.refused.unreadable", InputFiles.name(file)));
        } catch (ImportCancelledException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOGGER.error("Checking the list {} failed", file, e);
            return new ListImportPlan(file, kind, I18n.tr("collection.refused.failed", InputFiles.name(file)));
        }
        progress.update(plan.rows, plan.rows, I18n.tr("collection.progress.rows", plan.rows));
        if (plan.rows == 0) {
            return refused(file, kind, I18n.tr("collection.list.noRows", InputFiles.name(file)));
        }
        ListImportPlan checked = new ListImportPlan(file, kind, plan);
        if (checked.refused()) {
            LOGGER.info("Refused list {}: {} cells in error", InputFiles.name(file), checked.errorCount());
        }
        return checked;
    }

    /** A list refused as a whole, the reason logged as the user reads it. */
    private static ListImportPlan refused(Path file, ListKind kind, String reason) {
        LOGGER.info("Refused list {}: {}", InputFiles.name(file), reason);
        return new ListImportPlan(file, kind, reason);
    }

    /**
     * Writes the whole list in one audited transaction.
     *
     * @param explanation the explanation stored for every warning of the list; needed when there are warnings
     * @throws ImportRejectedException  when the list has errors, or warnings and no explanation
     * @throws ImportCancelledException when cancelled; nothing was written
     */
    public ImportResult commit(ListImportPlan plan, String explanation, CollectionProgress progress,
                               BooleanSupplier cancelled) {
        if (plan.refused()) {
            throw new ImportRejectedException(plan.refusal().orElseGet(() -> I18n.tr("collection.commit.errors",
                    plan.file().getFileName(), plan.errorCount())));
        }
        Map<String, String> explanations = new HashMap<>();
        for (ImportProblem warning : plan.warnings()) {
            if (explanation == null || explanation.isBlank()) {
                throw new ImportRejectedException(I18n.tr("collection.list.explanationNeeded", plan.warnings().size()));
            }
            explanations.put(warning.warningId(), explanation);
        }
        try {
            return writes.inTransaction(tx -> {
                ImportWriter writer = new ImportWriter(tx, cancelled, progress);
                writer.write(plan.writes, explanations, I18n.tr("collection.progress.writing", plan.file().getFileName()));
                ImportCancelledException.check(cancelled);
                return new ImportResult(plan.file().getFileName().toString(), 0, writer.inserted, writer.updated, false);
            });
        } catch (RecordWriteException e) {
            if (e.getCause() instanceof ImportCancelledException cancel) {
                throw cancel;
            }
            throw e;
        }
    }

    static boolean isCsv(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt");
    }

    private static void stream(Path file, String sheet, SheetStreamer.RowHandler handler)
            throws WorkbookRefusedException, IOException {
        if (isCsv(file)) {
            CsvRows.stream(file, handler);
            return;
        }
        if (OldWorkbook.is(file)) {
            try (OldWorkbook workbook = OldWorkbook.open(file)) {
                workbook.stream(sheet != null ? sheet : workbook.sheetNames().stream().findFirst().orElseThrow(
                        () -> new WorkbookRefusedException("collection.refused.notWorkbook", file.getFileName())), handler);
            }
            return;
        }
        try (SafeWorkbook workbook = SafeWorkbook.open(file)) {
            String name = sheet != null ? sheet : workbook.sheetNames().stream()
                    .filter(s -> !TemplateLayout.META_SHEET.equals(s)).findFirst()
                    .orElseThrow(() -> new WorkbookRefusedException("collection.refused.notWorkbook", file.getFileName()));
            workbook.stream(name, handler);
        }
    }

    private static List<String> texts(List<SheetCell> cells, int width) {
        List<String> texts = new ArrayList<>(java.util.Collections.nCopies(width, ""));
        cells.forEach(cell -> texts.set(cell.column(), cell.asText()));
        return texts;
    }
}
