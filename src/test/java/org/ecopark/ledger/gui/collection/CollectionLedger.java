package org.ecopark.ledger.gui.collection;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.testing.Workbooks;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;

/**
 * A ledger of 枣庄市中区 with two enterprises and their returned workbooks for 2025 Q1: 鑫泉's passes but
 * has a threefold jump to explain; 清源's has a text in a number cell and a formula.
 */
final class CollectionLedger implements AutoCloseable {

    static final StatPeriod Q1_2025 = StatPeriod.quarter(2025, 1);

    final Database database;
    final Services services;
    final Park park;
    final Enterprise xinquan;
    final Enterprise qingyuan;

    CollectionLedger(String name) {
        database = Database.inMemory(name + "-" + System.nanoTime());
        services = new Services(database, RecordFixtures.CLOCK);
        services.parks().selectPark("ZZSZ");
        park = services.parks().selectedPark().orElseThrow();
        xinquan = services.records().enterprises().save(RecordFixtures.xinquan(park.id()), Map.of()).record();
        qingyuan = services.records().enterprises().save(RecordFixtures.qingyuan(park.id()), Map.of()).record();
        services.records().statistics().save(xinquan.id(), StatPeriod.quarter(2024, 1),
                Map.of("MAIN_REVENUE", new BigDecimal("1000"), "EMPLOYEES", new BigDecimal("200")), Map.of());
    }

    /** The two returned workbooks, in {@code folder}: 鑫泉's first. */
    List<Path> returnedWorkbooks(Path folder) throws Exception {
        Path good = template(xinquan, folder);
        Workbooks.edit(good, workbook -> {
            value(workbook, 8, 4500.0);  // MAIN_REVENUE: 4.5 times last year
            value(workbook, 13, 212.0);  // EMPLOYEES
        });
        Path bad = template(qingyuan, folder);
        Workbooks.edit(bad, workbook -> {
            value(workbook, 7, "约八百万");
            workbook.getSheetAt(0).getRow(9).getCell(7).setCellFormula("H8*0.9");
            value(workbook, 13, 36.0);
        });
        return List.of(good, bad);
    }

    int periodStats() {
        return ((Number) database.dsl().fetchValue("select count(*) from period_stat")).intValue();
    }

    private Path template(Enterprise enterprise, Path folder) throws Exception {
        return services.collection().templates().generate(park, Q1_2025, Optional.of(enterprise.uscc()), false, true,
                folder, CollectionProgress.NONE, () -> false).get(0);
    }

    private static void value(XSSFWorkbook workbook, int row, Object value) {
        var cell = workbook.getSheetAt(0).getRow(row).getCell(7);
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue(value.toString());
        }
    }


    @Override
    public void close() {
        services.close();
    }
}
