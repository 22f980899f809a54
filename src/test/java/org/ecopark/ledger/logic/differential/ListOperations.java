package org.ecopark.ledger.logic.differential;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.logic.collection.ChangeKind;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.collection.ImportCancelledException;
import org.ecopark.ledger.logic.collection.ImportRejectedException;
import org.ecopark.ledger.logic.collection.ListImportPlan;
import org.ecopark.ledger.logic.collection.ListImportService;
import org.ecopark.ledger.logic.collection.ListKind;
import org.ecopark.ledger.logic.collection.WorkbookRefusedException;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;

/**
 * Lists of enterprises, patents, R&D staff or standards from a CSV file or a sheet, mapped by their headers and
 * committed whole by the list import; a list with one bad row is refused whole, and so is one cancelled part way.
 */
final class ListOperations {

    private final Ledger ledger;
    private final ListImportService lists;
    private final SheetRows rows;

    ListOperations(Ledger ledger) {
        this.ledger = ledger;
        this.lists = ledger.services.collection().lists();
        this.rows = new SheetRows(ledger);
    }

    Operation any() {
        Park park = ledger.ownPark();
        List<Enterprise> enterprises = ledger.enterprises(park);
        ListKind kind = ledger.pick(List.of(ListKind.values()));
        if (enterprises.isEmpty() && kind != ListKind.ENTERPRISE) {
            kind = ListKind.ENTERPRISE;
        }
        List<String> fields = new ArrayList<>(switch (kind) {
            case ENTERPRISE -> SheetRows.ENTERPRISE;
            case PATENT -> SheetRows.PATENT;
            case STAFF -> SheetRows.STAFF;
            case STANDARD -> SheetRows.STANDARD;
        });
        if (kind != ListKind.ENTERPRISE) {
            fields.add(0, ListKind.USCC);
        }
        List<List<Object>> body = new ArrayList<>();
        rows.newFile();
        for (int i = ledger.between(1, 5); i > 0; i--) {
            Enterprise e = enterprises.isEmpty() ? null : ledger.pick(enterprises);
            Map<String, Object> row = switch (kind) {
                case ENTERPRISE -> rows.enterprise(park);
                case PATENT -> rows.patent(e);
                case STAFF -> rows.staff(e);
                case STANDARD -> rows.standard(e);
            };
            if (e != null && kind != ListKind.ENTERPRISE) {
                row.put(ListKind.USCC, e.uscc());
            }
            body.add(fields.stream().map(row::get).collect(Collectors.toList()));
        }
        int roll = ledger.random.nextInt(100);
        String bad = null;
        if (roll < 10) {
            bad = badRow(body, fields, kind);
        }
        boolean csv = ledger.chance(75);
        Path file = ledger.folder.resolve("list" + ledger.next() + (csv ? ".csv" : ".xlsx"));
        write(file, fields, body, csv);
        String what = "list " + kind + " " + file.getFileName() + " (" + body.size() + " rows) into " + park.code();
        ListKind chosen = kind;
        if (bad != null) {
            return Operation.refused(what + " with " + bad, () -> commit(file, csv, chosen, park, () -> false),
                    ImportRejectedException.class);
        }
        if (roll < 16) {
            return Operation.refused(what + " cancelled while writing", () -> {
                int[] asked = {0};
                commit(file, csv, chosen, park, plan -> {
                    int stopAt = ledger.between(1, plan.count(ChangeKind.NEW) + plan.count(ChangeKind.CHANGED) + 1);
                    return () -> ++asked[0] >= stopAt;
                });
            }, ImportCancelledException.class, ImportRejectedException.class);
        }
        return Operation.write(what, () -> commit(file, csv, chosen, park, () -> false));
    }

    /** One row spoilt: a date that is no date, or an enterprise the park does not have. */
    private String badRow(List<List<Object>> body, List<String> fields, ListKind kind) {
        List<Object> row = ledger.pick(body);
        int dateColumn = fields.indexOf(fields.stream().filter(f -> f.endsWith("On")).findFirst().orElseThrow());
        if (kind != ListKind.ENTERPRISE && ledger.chance(50)) {
            row.set(0, ledger.uscc(ledger.park("BZHM")));
            return "a row of an enterprise outside the park";
        }
        row.set(dateColumn, "2025-13-45");
        return "a row with the date 2025-13-45";
    }

    private void commit(Path file, boolean csv, ListKind kind, Park park, BooleanSupplier cancelled) {
        commit(file, csv, kind, park, plan -> cancelled);
    }

    private void commit(Path file, boolean csv, ListKind kind, Park park,
                        Function<ListImportPlan, BooleanSupplier> cancelled) {
        try {
            String sheet = csv ? null : "名单";
            Map<String, Integer> mapping = lists.preview(file, sheet, kind).guessed();
            ListImportPlan plan = lists.analyse(file, sheet, kind, mapping, park, CollectionProgress.NONE, () -> false);
            try {
                lists.commit(plan, ledger.chance(90) ? Ledger.EXPLANATION : null, CollectionProgress.NONE,
                        cancelled.apply(plan));
            } catch (ImportRejectedException e) {
                // the cells it was refused for, for the run's log
                throw new ImportRejectedException(e.getMessage() + " " + plan.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkbookRefusedException e) {
            throw new ImportRejectedException(e.getMessage());
        }
    }

    /** A CSV with ISO dates, or a workbook with date cells; headers are the field names, which the mapping guesses. */
    private static void write(Path file, List<String> fields, List<List<Object>> body, boolean csv) {
        try {
            if (csv) {
                StringBuilder text = new StringBuilder(String.join(",", fields)).append("\r\n");
                for (List<Object> row : body) {
                    text.append(row.stream().map(value -> value == null ? "" : value.toString())
                            .collect(Collectors.joining(","))).append("\r\n");
                }
                Files.writeString(file, text);
                return;
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                XSSFSheet sheet = workbook.createSheet("名单");
                WorkbookOperations.cells(sheet, 0, new ArrayList<>(fields));
                for (int r = 0; r < body.size(); r++) {
                    WorkbookOperations.cells(sheet, r + 1, body.get(r));
                }
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
