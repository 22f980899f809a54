package org.ecopark.ledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.collection.TemplateContent;
import org.ecopark.ledger.logic.collection.TemplateSeal;
import org.ecopark.ledger.logic.collection.TemplateWriter;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The statistics workbooks the import scenario reads: the park's all-enterprise workbooks of the months
 * after its generated figures, filled in as enterprises return them (last year's figure plus 3 %), as many
 * months as it takes to reach the wanted number of rows, the last one cut short (one workbook holds one
 * period: 2 000 generated enterprises, of which about 1 940 are in the park in 2026, × 10 metrics make six).
 */
final class ImportWorkbooks {

    /** The first month the generator leaves empty (it fills up to 2025-12). */
    static final int YEAR = 2026;
    /**
     * "Today" for the import: after every month the workbooks report, so that it takes them as ended
     * whenever the benchmark runs.
     */
    static final Clock AFTER_THE_MONTHS = Clock.fixed(LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);
    private static final BigDecimal GROWTH = new BigDecimal("1.03");
    private static final BigDecimal NO_HISTORY = new BigDecimal("100");

    /** One workbook: its file, the month it reports and how many figures it holds. */
    record Workbook(Path file, StatPeriod period, int rows) {
    }

    private ImportWorkbooks() {
    }

    static List<Workbook> write(Services services, Path folder, int wantedRows) throws IOException {
        Files.createDirectories(folder);
        Park park = services.parks().parks().stream().filter(p -> p.code().equals(BenchPark.parkCode())).findFirst()
                .orElseThrow();
        List<Workbook> workbooks = new ArrayList<>();
        TemplateSeal seal = services.collection().templates().seal();
        int rows = 0;
        for (int month = 1; month <= 12 && rows < wantedRows; month++) {
            StatPeriod period = StatPeriod.month(YEAR, month);
            TemplateContent content = services.collection().templates().content(park, period, null, false);
            if (content.lines().isEmpty()) {
                break;
            }
            if (rows + content.lines().size() > wantedRows) { // the last month's workbook covers fewer enterprises
                content = new TemplateContent(content.park(), period, null,
                        content.lines().subList(0, wantedRows - rows), false);
            }
            Path file = folder.resolve(park.code() + "_" + period.code() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                TemplateWriter.write(content, seal, out, ImportWorkbooks::value);
            }
            workbooks.add(new Workbook(file, period, content.lines().size()));
            rows += content.lines().size();
        }
        return workbooks;
    }

    static BigDecimal value(TemplateContent.Line line) {
        return line.lastYear() == null ? NO_HISTORY : line.lastYear().multiply(GROWTH).setScale(2, RoundingMode.HALF_UP);
    }
}
