package org.ecopark.ledger.logic.collection;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.util.CellReference;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.CollectionImport;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Repositories;

/**
 * Judges a read workbook against the ledger: refuses one of another park or period, of a period that has
 * not ended yet (it cannot hold actual figures), or for an enterprise outside the park, reads every value
 * cell as a number, checks each enterprise's values with the
 * statistics form's own rules (negative values, the three-fold jump against last year), and the optional
 * sheets' rows with the record rules. Builds the plan a commit carries out.
 */
final class TemplateChecker {

    /** Where a value sits in the values sheet. */
    private static final Map<String, Integer> VALUE_COLUMN = Map.of("value", TemplateLayout.COL_VALUE);

    private final RecordServices records;
    private final Repositories read;
    private final ImportOptions options;

    TemplateChecker(RecordServices records, Repositories read, ImportOptions options) {
        this.records = records;
        this.read = read;
        this.options = options;
    }

    ImportPlan check(Path file, String sha256, TemplateReader.Data data, CollectionImport previous,
                     BooleanSupplier cancelled) throws WorkbookRefusedException {
        String name = file.getFileName().toString();
        TemplateMeta meta = data.meta();
        Park park = options.park();
        if (!meta.parkCode().equals(park.code())) {
            throw new WorkbookRefusedException("collection.refused.otherPark", name, meta.parkCode(), park.code());
        }
        StatPeriod period;
        try {
            period = PeriodCodes.parse(meta.periodCode());
        } catch (IllegalArgumentException e) {
            throw new WorkbookRefusedException(e, "collection.refused.codesEdited", name);
        }
        if (options.expectedPeriod() != null && !options.expectedPeriod().equals(period)) {
            throw new WorkbookRefusedException("collection.refused.otherPeriod", name, PeriodCodes.describe(period),
                    PeriodCodes.describe(options.expectedPeriod()));
        }
        Optional<String> notEnded = records.dates().notEndedMessage(period);
        if (notEnded.isPresent()) {
            throw new WorkbookRefusedException("collection.refused.periodNotEnded", name, notEnded.get());
        }
        RecordRules rules = new RecordRules(records, read, park.id());
        Enterprise single = null;
        if (!meta.forAllEnterprises()) {
            single = rules.enterprise(meta.uscc());
            if (single == null) {
                throw new WorkbookRefusedException("collection.refused.notInPark", name, meta.uscc(), park.name());
            }
        }
        PlanBuilder plan = new PlanBuilder(name);
        values(data, meta, period, rules, plan, cancelled);
        optional(data, meta, rules, plan, cancelled);
        if (plan.rows == 0 && !plan.hasErrors()) {
            // "imported 0 values" would read as a return received; it is a template sent back as it went out
            throw new WorkbookRefusedException("collection.refused.nothingFilled", name);
        }
        return new ImportPlan(file, sha256, meta, plan, previous, park.id(), single == null ? 0 : single.id(), period);
    }

    private void values(TemplateReader.Data data, TemplateMeta meta, StatPeriod period, RecordRules rules,
                        PlanBuilder plan, BooleanSupplier cancelled) throws WorkbookRefusedException {
        List<Metric> catalog = read.periodStats().metrics();
        Map<String, Metric> metrics = new HashMap<>();
        catalog.forEach(metric -> metrics.put(metric.code(), metric));
        Map<Enterprise, Map<String, BigDecimal>> byEnterprise = new LinkedHashMap<>();
        Map<String, String> cells = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String sheet = data.valuesSheet();
        for (TemplateReader.ValueRow row : data.values()) {
            ImportCancelledException.check(cancelled);
            if (row.uscc() == null || row.metricCode() == null
                    || !meta.forAllEnterprises() && !meta.uscc().equals(row.uscc())) {
                throw new WorkbookRefusedException("collection.refused.codesEdited", plan.file);
            }
            String cell = new CellReference(row.row(), TemplateLayout.COL_VALUE).formatAsString(false);
            Enterprise enterprise = rules.enterprise(row.uscc());
            Metric metric = metrics.get(row.metricCode());
            RowCells cellsOfRow = new RowCells(plan, sheet, row.row(), VALUE_COLUMN,
                    row.value() == null ? Map.of() : Map.of(TemplateLayout.COL_VALUE, row.value()));
            BigDecimal value = cellsOfRow.number("value");
            if (value == null) {
                continue;
            }
            if (enterprise == null) {
                plan.error(sheet, cell, I18n.tr("collection.cell.notInPark", Excerpt.of(row.uscc())));
            } else if (metric == null) {
                plan.error(sheet, cell, I18n.tr("collection.cell.unknownMetric", Excerpt.of(row.metricCode())));
            } else if (!seen.add(row.uscc() + "|" + row.metricCode())) {
                plan.error(sheet, cell, I18n.tr("collection.cell.duplicate"));
            } else {
                byEnterprise.computeIfAbsent(enterprise, e -> new LinkedHashMap<>()).put(metric.code(), value);
                cells.put(row.uscc() + "|" + metric.code(), cell);
                plan.rows++;
            }
        }
        // every enterprise's current and last year's values in two queries: per enterprise, they were most of the check
        Map<Long, Map<String, BigDecimal>> current = new HashMap<>();
        Map<Long, List<PeriodStat>> lastYear = new HashMap<>();
        List<Long> ids = byEnterprise.keySet().stream().map(Enterprise::id).toList();
        read.periodStats().find(ids, period).forEach(s -> current.computeIfAbsent(s.enterpriseId(), id -> new HashMap<>())
                .put(s.metricCode(), s.value()));
        read.periodStats().find(ids, period.sameLastYear())
                .forEach(s -> lastYear.computeIfAbsent(s.enterpriseId(), id -> new ArrayList<>()).add(s));
        for (Map.Entry<Enterprise, Map<String, BigDecimal>> entry : byEnterprise.entrySet()) {
            Enterprise enterprise = entry.getKey();
            Map<String, BigDecimal> values = entry.getValue();
            RecordValidation validation = StatisticsService.check(metrics,
                    lastYear.getOrDefault(enterprise.id(), List.of()), values);
            Map<String, BigDecimal> now = current.getOrDefault(enterprise.id(), Map.of());
            for (Metric metric : catalog) {
                String code = metric.code();
                BigDecimal value = values.get(code);
                if (value == null) {
                    continue;
                }
                BigDecimal was = now.get(code);
                String cell = cells.get(enterprise.uscc() + "|" + code);
                RecordValidation own = validation.only(code);
                Map<String, String> warningKeys = new LinkedHashMap<>();
                for (Problem problem : own.problems()) {
                    ImportProblem found = plan.problem(sheet, cell, problem);
                    if (found.warningId() != null) {
                        warningKeys.put(found.warningId(), problem.key());
                    }
                }
                ChangeKind kind = was == null ? ChangeKind.NEW
                        : was.compareTo(value) == 0 ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
                // the preview line (translated texts) is built only while the preview has room
                plan.change(kind, () -> new PlannedChange(plan.file, enterprise.name(),
                        StatisticsService.label(metric) + "（" + metric.unit() + "）", period.code(),
                        was == null ? "" : plain(was), plain(value), kind));
                if (kind != ChangeKind.UNCHANGED) {
                    plan.write(new PlannedWrite(StatisticsService.TABLE,
                            new PeriodStat(0, enterprise.id(), code, period, value, ImportWriter.SOURCE), kind, 0,
                            was, own, warningKeys));
                }
            }
        }
    }

    private void optional(TemplateReader.Data data, TemplateMeta meta, RecordRules rules, PlanBuilder plan,
                          BooleanSupplier cancelled) {
        boolean all = meta.forAllEnterprises();
        String defaultUscc = all ? null : meta.uscc();
        rows(ListKind.PATENT, data.patentsSheet(), data.patents(), List.of("number", "title", "type", "appliedOn", "grantedOn"),
                all, defaultUscc, rules, plan, cancelled);
        rows(ListKind.STAFF, data.staffSheet(), data.staff(), List.of("name", "education", "fullTime", "joinedOn", "leftOn"),
                all, defaultUscc, rules, plan, cancelled);
        rows(ListKind.STANDARD, data.standardsSheet(), data.standards(),
                List.of("code", "title", "level", "role", "publishedOn"), all, defaultUscc, rules, plan, cancelled);
    }

    private static void rows(ListKind kind, String sheet, List<TemplateReader.InputRow> rows, List<String> fields,
                             boolean withUscc, String defaultUscc, RecordRules rules, PlanBuilder plan,
                             BooleanSupplier cancelled) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        int offset = OptionalSheets.offset(withUscc);
        if (withUscc) {
            columns.put(ListKind.USCC, 0);
        }
        for (int i = 0; i < fields.size(); i++) {
            columns.put(fields.get(i), offset + i);
        }
        for (TemplateReader.InputRow row : rows) {
            ImportCancelledException.check(cancelled);
            rules.check(kind, new RowCells(plan, sheet, row.row(), columns, row.cells()), defaultUscc, plan);
            plan.rows++;
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
