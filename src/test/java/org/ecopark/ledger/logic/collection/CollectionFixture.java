package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.testing.Workbooks;
import org.jooq.Record;

/**
 * A ledger with the shipped catalog, the Zaozhuang park selected and two of its enterprises, plus the
 * helpers the collection tests share: generate a template, fill its cells with POI as an enterprise
 * would, and a digest of everything an import may write (to show that a refusal wrote nothing).
 */
final class CollectionFixture implements AutoCloseable {

    static final StatPeriod Q1_2025 = StatPeriod.quarter(2025, 1);
    static final StatPeriod Q1_2024 = StatPeriod.quarter(2024, 1);

    final Database database;
    final Services services;
    final Park park;
    final Enterprise xinquan;
    final Enterprise qingyuan;
    final Path folder;

    CollectionFixture(Backend backend, String name, Path folder) {
        this.database = backend.open(name);
        this.services = new Services(database, RecordFixtures.CLOCK);
        services.parks().selectPark("ZZSZ");
        this.park = services.parks().selectedPark().orElseThrow();
        this.xinquan = services.records().enterprises().save(RecordFixtures.xinquan(park.id()), Map.of()).record();
        this.qingyuan = services.records().enterprises().save(RecordFixtures.qingyuan(park.id()), Map.of()).record();
        this.folder = folder;
    }

    ImportService imports() {
        return services.collection().imports();
    }

    ImportOptions options() {
        return new ImportOptions(park, null);
    }

    /** Last year's figures of the same quarter, so that the template shows them and the jump rule has a base. */
    void lastYear(Enterprise enterprise, Map<String, BigDecimal> values) {
        services.records().statistics().save(enterprise.id(), Q1_2024, values, Map.of());
    }

    /** The template of one enterprise for a period, in the fixture's folder. */
    Path template(Enterprise enterprise, StatPeriod period) throws IOException {
        List<Path> files = services.collection().templates().generate(park, period, Optional.of(enterprise.uscc()),
                false, true, folder, CollectionProgress.NONE, () -> false);
        return files.get(0);
    }

    /**
     * A workbook of a period as a template made before the period had ended would be (or one made by hand):
     * the generator refuses such a period now.
     */
    Path templateMadeAhead(Enterprise enterprise, StatPeriod period) throws IOException {
        TemplateService templates = services.collection().templates();
        return TemplateService.write(templates.content(park, period, enterprise, true), templates.seal(),
                folder.resolve(TemplateService.fileName(park, period, enterprise)));
    }

    /** Opens the workbook with POI's full model (fine in a test), lets {@code edit} change it, saves it back. */
    static Path edit(Path file, Consumer<XSSFWorkbook> edit) {
        return Workbooks.edit(file, edit);
    }

    /** Types a number into the value cell of a metric, as an enterprise would. */
    static void value(XSSFWorkbook workbook, String uscc, String metricCode, double value) {
        cell(workbook, uscc, metricCode).setCellValue(value);
    }

    /** The input cell (column H) of the row of an enterprise's metric in the values sheet. */
    static Cell cell(XSSFWorkbook workbook, String uscc, String metricCode) {
        Sheet sheet = workbook.getSheetAt(0);
        for (Row row : sheet) {
            Cell code = row.getCell(TemplateLayout.COL_METRIC_CODE);
            Cell who = row.getCell(TemplateLayout.COL_USCC);
            if (row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW && code != null && who != null
                    && metricCode.equals(code.getStringCellValue()) && uscc.equals(who.getStringCellValue())) {
                Cell cell = row.getCell(TemplateLayout.COL_VALUE);
                return cell != null ? cell : row.createCell(TemplateLayout.COL_VALUE);
            }
        }
        throw new AssertionError("No row for " + uscc + " " + metricCode);
    }

    /** Writes a row of text cells into a sheet (an optional sheet's row). */
    static void row(Sheet sheet, int rowIndex, Object... values) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.getCell(i) != null ? row.getCell(i) : row.createCell(i);
            if (values[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (values[i] instanceof java.time.LocalDate date) {
                cell.setCellValue(date);
            } else if (values[i] != null) {
                cell.setCellValue(values[i].toString());
            }
        }
    }

    /** The fields of the hidden sheet as the import reads them. */
    static Map<String, String> metaFields(XSSFWorkbook workbook) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (Row row : workbook.getSheet(TemplateLayout.META_SHEET)) {
            fields.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
        return fields;
    }

    /** Sets a field of the hidden sheet, as someone editing it would; null removes the field's row. */
    static void meta(XSSFWorkbook workbook, String key, String value) {
        Sheet meta = workbook.getSheet(TemplateLayout.META_SHEET);
        Row found = null;
        for (Row row : meta) {
            if (row.getCell(0).getStringCellValue().equals(key)) {
                found = row;
            }
        }
        if (found == null) {
            throw new AssertionError("No field " + key);
        }
        if (value == null) {
            meta.removeRow(found);
        } else {
            found.getCell(1).setCellValue(value);
        }
    }

    /**
     * The seal as templates of version 1.0 computed it: SHA-256 over the codes and a constant of the program,
     * so that anyone with the program could compute it for codes of their choice.
     */
    static String oldChecksum(String version, String park, String uscc, String period) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(String.join("|",
                    "ecopark-ledger/collection-template", version, park, uscc, period)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts and sums of every table an import writes; equal digests mean nothing was written. */
    String digest() {
        Record stats = database.dsl().fetchOne("select count(*), coalesce(sum(stat_value), 0) from period_stat");
        Object imports = database.dsl().fetchValue("select count(*) from collection_import");
        Object audit = database.dsl().fetchValue("select count(*) from audit_log");
        Object overrides = database.dsl().fetchValue("select count(*) from warning_override");
        Object patents = database.dsl().fetchValue("select count(*) from patent");
        Object staff = database.dsl().fetchValue("select count(*) from rd_staff");
        Object standards = database.dsl().fetchValue("select count(*) from standard");
        Object enterprises = database.dsl().fetchValue("select count(*) from enterprise");
        return "stats=" + stats.get(0) + "/" + ((BigDecimal) stats.get(1)).stripTrailingZeros().toPlainString()
                + " imports=" + imports + " audit=" + audit + " overrides=" + overrides + " patents=" + patents
                + " staff=" + staff + " standards=" + standards + " enterprises=" + enterprises;
    }

    @Override
    public void close() {
        services.close();
        Backend.giveBack(database);
    }
}
