package org.ecopark.ledger.logic.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.testing.Workbooks;
import org.ecopark.ledger.logic.collection.ChangeKind;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.collection.ImportCancelledException;
import org.ecopark.ledger.logic.collection.ImportOptions;
import org.ecopark.ledger.logic.collection.ImportPlan;
import org.ecopark.ledger.logic.collection.ImportProblem;
import org.ecopark.ledger.logic.collection.ImportRejectedException;
import org.ecopark.ledger.logic.collection.ImportService;
import org.ecopark.ledger.logic.collection.TemplateLayout;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;

/**
 * Collection workbooks as enterprises return them: the program's own template for a period, filled with POI (values,
 * and rows in the 新增专利, 研发人员变动 and 参与标准 sheets), checked and committed by the import service; the same file
 * imported again with replace (or refused without), a changed copy, and imports that must roll back whole: a hard
 * error in a cell, another park's workbook, a cancel part way through the writing.
 */
final class WorkbookOperations {

    private static final String PATENTS = "新增专利";
    private static final String STAFF = "研发人员变动";
    private static final String STANDARDS = "参与标准";

    /** A committed workbook: of one enterprise (by credit code), or of all (null). */
    private record Imported(Path file, Park park, String uscc) {
    }

    private final Ledger ledger;
    private final ImportService imports;
    private final SheetRows rows;
    private final StatisticsOperations periods;
    private final List<Imported> imported = new ArrayList<>();

    WorkbookOperations(Ledger ledger) {
        this.ledger = ledger;
        this.imports = ledger.services.collection().imports();
        this.rows = new SheetRows(ledger);
        this.periods = new StatisticsOperations(ledger);
    }

    Operation any() {
        int roll = ledger.random.nextInt(100);
        List<Imported> current = imported.stream().filter(this::stillInPark).toList();
        if (!current.isEmpty() && roll < 25) {
            return again(ledger.pick(current), roll >= 5);
        }
        if (!current.isEmpty() && roll < 35) {
            return changed(ledger.pick(current));
        }
        Park park = ledger.ownPark();
        List<Enterprise> enterprises = ledger.enterprises(park);
        if (enterprises.isEmpty()) {
            return new EnterpriseOperations(ledger).add(park);
        }
        Enterprise enterprise = ledger.pick(enterprises);
        boolean forAll = ledger.chance(15);
        Path file = template(park, forAll ? null : enterprise, periods.anyPeriod());
        List<String> filled = new ArrayList<>();
        Workbooks.edit(file, workbook -> fill(workbook, enterprise, forAll, filled));
        String what = "workbook " + park.code() + " " + file.getFileName() + " " + filled;
        if (roll < 45) {
            String error = hardError(file, enterprise, forAll);
            return Operation.refused(what + " with " + error, () -> commit(analyse(file, park), false, () -> false),
                    ImportRejectedException.class);
        }
        if (roll < 50) {
            Park other = ledger.park(Ledger.PARKS.stream().filter(code -> !code.equals(park.code())).findFirst()
                    .orElseThrow());
            return Operation.refused(what + " imported into " + other.code(), () -> commit(analyse(file, other), false,
                    () -> false), ImportRejectedException.class);
        }
        if (roll < 60) {
            return Operation.refused(what + " cancelled while writing", () -> {
                ImportPlan plan = analyse(file, park);
                int writes = plan.count(ChangeKind.NEW) + plan.count(ChangeKind.CHANGED);
                int stopAt = ledger.between(1, writes + 1);
                int[] asked = {0};
                commit(plan, false, () -> ++asked[0] >= stopAt);
            }, ImportCancelledException.class, ImportRejectedException.class);
        }
        return Operation.write(what, () -> {
            commit(analyse(file, park), false, () -> false);
            imported.add(new Imported(file, park, forAll ? null : enterprise.uscc()));
        });
    }

    /** Whether the workbook's enterprise is still in its park (a demo replace or a move takes it away). */
    private boolean stillInPark(Imported workbook) {
        return workbook.uscc() == null
                || ledger.enterprises(workbook.park()).stream().anyMatch(e -> e.uscc().equals(workbook.uscc()));
    }

    /** The same file again: a re-import, which replaces the earlier one when confirmed and is refused when not. */
    private Operation again(Imported earlier, boolean replace) {
        ImportPlan plan = analyse(earlier.file(), earlier.park());
        String what = "workbook " + earlier.park().code() + " " + earlier.file().getFileName() + " imported again";
        if (!replace && plan.isReimport()) {
            return Operation.refused(what + " without confirming the replace", () -> commit(plan, false, () -> false),
                    ImportRejectedException.class);
        }
        return Operation.write(what + (replace ? " replacing the earlier import" : ""), () -> commit(plan, replace,
                () -> false));
    }

    /** A copy of an imported file with other values typed in: a new file, whose figures change the ledger's. */
    private Operation changed(Imported earlier) {
        Path copy = ledger.folder.resolve("wb" + ledger.next()).resolve(earlier.file().getFileName());
        List<String> changed = new ArrayList<>();
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(earlier.file(), copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workbooks.edit(copy, workbook -> {
            List<Row> values = valueRows(workbook, null);
            for (int i = values.isEmpty() ? 0 : ledger.between(1, 3); i > 0; i--) {
                Row row = ledger.pick(values);
                BigDecimal amount = ledger.amount(5000);
                valueCell(row).setCellValue(amount.doubleValue());
                changed.add(row.getCell(TemplateLayout.COL_METRIC_CODE).getStringCellValue() + "=" + amount);
            }
        });
        return Operation.write("workbook " + earlier.park().code() + " " + copy.getFileName() + " changed " + changed,
                () -> {
                    commit(analyse(copy, earlier.park()), false, () -> false);
                    imported.add(new Imported(copy, earlier.park(), earlier.uscc()));
                });
    }

    private Path template(Park park, Enterprise enterprise, StatPeriod period) {
        try {
            Path folder = ledger.folder.resolve("wb" + ledger.next());
            return ledger.services.collection().templates().generate(park, period,
                    Optional.ofNullable(enterprise).map(Enterprise::uscc), enterprise == null, true, folder,
                    CollectionProgress.NONE, () -> false).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values for a few metrics (of a few enterprises in a workbook for all), and rows in the optional sheets. */
    private void fill(XSSFWorkbook workbook, Enterprise enterprise, boolean forAll, List<String> filled) {
        rows.newFile();
        List<Row> values = valueRows(workbook, forAll ? null : enterprise.uscc());
        for (int i = Math.min(values.size(), ledger.between(0, 4)); i > 0; i--) {
            Row row = ledger.pick(values);
            BigDecimal amount = ledger.amount(5000);
            valueCell(row).setCellValue(amount.doubleValue());
            filled.add(row.getCell(TemplateLayout.COL_METRIC_CODE).getStringCellValue() + "=" + amount);
        }
        Enterprise owner = forAll ? enterprise : null;
        filled.add(sheetRows(workbook.getSheet(PATENTS), owner, ledger.between(0, 2), () -> rows.patent(enterprise),
                SheetRows.PATENT) + " patent rows");
        filled.add(sheetRows(workbook.getSheet(STAFF), owner, ledger.between(0, 3), () -> rows.staff(enterprise),
                SheetRows.STAFF) + " staff rows");
        filled.add(sheetRows(workbook.getSheet(STANDARDS), owner, ledger.between(0, 1), () -> rows.standard(enterprise),
                SheetRows.STANDARD) + " standard rows");
    }

    /** Writes rows below the header; in a workbook for all enterprises the first column names the enterprise. */
    private static int sheetRows(Sheet sheet, Enterprise owner, int count, Supplier<Map<String, Object>> row,
                                 List<String> fields) {
        int written = 0;
        for (int r = 1; r <= count; r++) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (owner != null) {
                values.put("uscc", owner.uscc());
            }
            Map<String, Object> cells = row.get();
            fields.forEach(field -> values.put(field, cells.get(field)));
            cells(sheet, r, new ArrayList<>(values.values()));
            written++;
        }
        return written;
    }

    static void cells(Sheet sheet, int rowIndex, List<Object> values) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.getCell(i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            Object value = values.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static Cell valueCell(Row row) {
        return row.getCell(TemplateLayout.COL_VALUE, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    /** The value rows of the values sheet, of one enterprise (null: of all). */
    private static List<Row> valueRows(XSSFWorkbook workbook, String uscc) {
        List<Row> found = new ArrayList<>();
        for (Row row : workbook.getSheetAt(0)) {
            Cell code = row.getCell(TemplateLayout.COL_METRIC_CODE);
            Cell who = row.getCell(TemplateLayout.COL_USCC);
            if (row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW && code != null && who != null
                    && (uscc == null || uscc.equals(who.getStringCellValue()))) {
                found.add(row);
            }
        }
        return found;
    }

    /** Spoils the filled workbook with one error the check refuses it for; returns what it did. */
    private String hardError(Path file, Enterprise enterprise, boolean forAll) {
        int[] kind = {ledger.random.nextInt(3)};
        Workbooks.edit(file, workbook -> {
            List<Row> values = valueRows(workbook, forAll ? null : enterprise.uscc());
            if (values.isEmpty()) {
                kind[0] = 2; // a workbook for all enterprises of a period none of them was in has no value rows
            }
            switch (kind[0]) {
                case 0 -> valueCell(ledger.pick(values)).setCellValue("一千二");
                case 1 -> valueCell(ledger.pick(values)).setCellValue(-ledger.between(1, 500));
                default -> {
                    LocalDate joined = ledger.day(LocalDate.of(2022, 1, 1), Ledger.LAST_DAY);
                    List<Object> row = new ArrayList<>();
                    if (forAll) {
                        row.add(enterprise.uscc());
                    }
                    row.addAll(List.of("研发人员" + ledger.next(), "本科", "是", joined, joined.minusDays(30)));
                    cells(workbook.getSheet(STAFF), 9, row);
                }
            }
        });
        return List.of("a word in a value cell", "a negative value", "a person leaving before joining").get(kind[0]);
    }

    private ImportPlan analyse(Path file, Park park) {
        return imports.analyse(file, new ImportOptions(park, null), () -> false);
    }

    /** Commits with a written explanation for every warning, as the import screen asks; one time in ten without. */
    private void commit(ImportPlan plan, boolean replace, BooleanSupplier cancelled) {
        Map<String, String> explanations = new LinkedHashMap<>();
        if (!ledger.chance(10)) {
            plan.warnings().stream().map(ImportProblem::warningId)
                    .forEach(id -> explanations.put(id, Ledger.EXPLANATION));
        }
        try {
            imports.commit(plan, explanations, replace, CollectionProgress.NONE, cancelled);
        } catch (ImportRejectedException e) {
            // the cells it was refused for, for the run's log
            throw new ImportRejectedException(e.getMessage() + " " + plan.problems());
        }
    }

}
