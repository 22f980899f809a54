package org.ecopark.ledger.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.CodeCheckResult;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.EventRow;
import org.ecopark.ledger.persistence.bulk.PlatformRow;
import org.ecopark.ledger.persistence.bulk.ProgressRow;
import org.ecopark.ledger.persistence.bulk.ProjectRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.ecopark.ledger.persistence.bulk.TitleRow;

/**
 * Reads the demo files into rows and checks them before anything is written: every code with the
 * ledger's own checks (an ERROR stops the load, a WARNING is reported with its line), every reference
 * to an enterprise or project, every code against what the schema allows, and the dates that must agree.
 * So an edited file fails with "file, line, what is wrong", never with a constraint name.
 */
final class DemoParser {

    private final DemoSource source;
    private final Set<String> metricCodes;
    /** USCC -> the line of enterprises.csv that defines it. */
    private final Map<String, Integer> enterprises = new HashMap<>();
    private final Map<String, Integer> projects = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    DemoParser(DemoSource source, Set<String> metricCodes) {
        this.source = source;
        this.metricCodes = metricCodes;
    }

    DemoDataSet parse() {
        List<EnterpriseRow> enterpriseRows = enterprises(DemoFiles.read(source, DemoFiles.ENTERPRISES));
        List<ProjectRow> projectRows = projects(DemoFiles.read(source, DemoFiles.PROJECTS));
        DemoCodeRows codes = new DemoCodeRows(this);
        return new DemoDataSet(enterpriseRows,
                titles(DemoFiles.read(source, DemoFiles.TITLES)),
                projectRows,
                progress(DemoFiles.read(source, DemoFiles.PROGRESS)),
                staff(DemoFiles.read(source, DemoFiles.STAFF)),
                codes.patents(DemoFiles.read(source, DemoFiles.PATENTS)),
                codes.standards(DemoFiles.read(source, DemoFiles.STANDARDS)),
                platforms(DemoFiles.read(source, DemoFiles.PLATFORMS)),
                events(DemoFiles.read(source, DemoFiles.EVENTS)),
                statistics(DemoFiles.read(source, DemoFiles.STATISTICS)),
                List.copyOf(warnings));
    }

    private List<EnterpriseRow> enterprises(List<CsvRecord> records) {
        List<EnterpriseRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            CodeCheckResult check = UsccCheck.check(r.required("uscc"));
            String uscc = accept(r, check);
            Integer earlier = enterprises.putIfAbsent(uscc, r.line());
            if (earlier != null) {
                throw r.fault(I18n.tr("demo.error.duplicate", "uscc", uscc, String.valueOf(earlier)));
            }
            LocalDate settled = r.date("settled_on");
            LocalDate left = r.date("left_on");
            notBefore(r, "left_on", left, "settled_on", settled);
            rows.add(new EnterpriseRow(uscc, r.required("name"), r.text("short_name"),
                    r.choice("segment", DemoCodes.SEGMENTS), r.bool("env_related"), settled, left,
                    r.text("contact_person"), r.text("contact_phone"), r.text("address"), r.text("note")));
        }
        return rows;
    }

    private List<TitleRow> titles(List<CsvRecord> records) {
        List<TitleRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            LocalDate awarded = r.requiredDate("awarded_on");
            LocalDate expires = r.date("expires_on");
            if (expires != null && !expires.isAfter(awarded)) {
                throw r.fault(I18n.tr("demo.error.dates", "expires_on", "awarded_on"));
            }
            rows.add(new TitleRow(enterprise(r, "uscc"), r.choice("title", DemoCodes.TITLES), awarded, expires,
                    r.text("certificate_no")));
        }
        return rows;
    }

    private List<ProjectRow> projects(List<CsvRecord> records) {
        List<ProjectRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            String name = r.required("name");
            Integer earlier = projects.putIfAbsent(name, r.line());
            if (earlier != null) {
                throw r.fault(I18n.tr("demo.error.duplicate", "name", name, String.valueOf(earlier)));
            }
            String uscc = r.text("uscc") == null ? null : enterprise(r, "uscc");
            LocalDate start = r.date("start_date");
            LocalDate planned = r.date("planned_completion");
            LocalDate actual = r.date("actual_completion");
            notBefore(r, "planned_completion", planned, "start_date", start);
            notBefore(r, "actual_completion", actual, "start_date", start);
            String status = r.choice("status", DemoCodes.PROJECT_STATUSES);
            if (status.equals("COMPLETED") && actual == null) {
                throw r.fault(I18n.tr("demo.error.completedWithoutDate"));
            }
            rows.add(new ProjectRow(name, uscc, r.choice("category", DemoCodes.PROJECT_CATEGORIES),
                    r.decimal("planned_investment"), start, planned, actual, status, r.text("note")));
        }
        return rows;
    }

    private List<ProgressRow> progress(List<CsvRecord> records) {
        List<ProgressRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            String project = r.required("project");
            if (!projects.containsKey(project)) {
                throw r.fault(I18n.tr("demo.error.unknownProject", project));
            }
            var investment = r.decimal("completed_investment");
            var percent = r.decimal("percent_complete");
            if (investment == null && percent == null) {
                throw r.fault(I18n.tr("demo.error.progressEmpty"));
            }
            if (percent != null && percent.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw r.fault(I18n.tr("demo.error.percent", percent.toPlainString()));
            }
            rows.add(new ProgressRow(project, r.requiredDate("reported_on"), investment, percent, r.text("note")));
        }
        return rows;
    }

    private List<StaffRow> staff(List<CsvRecord> records) {
        List<StaffRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            LocalDate joined = r.requiredDate("joined_on");
            LocalDate left = r.date("left_on");
            notBefore(r, "left_on", left, "joined_on", joined);
            String education = r.text("education") == null ? null : r.choice("education", DemoCodes.EDUCATION);
            rows.add(new StaffRow(enterprise(r, "uscc"), r.required("name"), r.text("id_hint"), education,
                    r.text("professional_title"), r.bool("full_time"), joined, left));
        }
        return rows;
    }

    private List<PlatformRow> platforms(List<CsvRecord> records) {
        List<PlatformRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            LocalDate approved = r.requiredDate("approved_on");
            LocalDate revoked = r.date("revoked_on");
            notBefore(r, "revoked_on", revoked, "approved_on", approved);
            String uscc = r.text("uscc") == null ? null : enterprise(r, "uscc");
            rows.add(new PlatformRow(r.required("name"), r.choice("platform_type", DemoCodes.PLATFORM_TYPES),
                    r.choice("level", DemoCodes.PLATFORM_LEVELS), uscc, approved, r.text("approved_by"), revoked));
        }
        return rows;
    }

    private List<EventRow> events(List<CsvRecord> records) {
        List<EventRow> rows = new ArrayList<>();
        for (CsvRecord r : records) {
            rows.add(new EventRow(r.requiredDate("held_on"), r.required("title"),
                    r.choice("event_type", DemoCodes.EVENT_TYPES), r.bool("international"), r.integer("participants"),
                    r.text("location"), r.text("note")));
        }
        return rows;
    }

    private List<StatRow> statistics(List<CsvRecord> records) {
        List<StatRow> rows = new ArrayList<>(records.size());
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecord r : records) {
            String uscc = enterprise(r, "uscc");
            String metric = r.required("metric");
            if (!metricCodes.contains(metric)) {
                throw r.fault(I18n.tr("demo.error.unknownMetric", metric));
            }
            var month = r.month("period");
            var value = r.decimal("value");
            if (value == null) {
                throw r.fault(I18n.tr("demo.error.required", "value"));
            }
            String key = uscc + " " + metric + " " + month;
            Integer earlier = seen.putIfAbsent(key, r.line());
            if (earlier != null) {
                throw r.fault(I18n.tr("demo.error.duplicate", "uscc, metric, period", key, String.valueOf(earlier)));
            }
            rows.add(new StatRow(uscc, metric, month, value));
        }
        return rows;
    }

    /** The enterprise a row names in {@code column}, which must be one of enterprises.csv. */
    String enterprise(CsvRecord r, String column) {
        String uscc = UsccCheck.check(r.required(column)).normalised();
        if (!enterprises.containsKey(uscc)) {
            throw r.fault(I18n.tr("demo.error.unknownEnterprise", uscc));
        }
        return uscc;
    }

    /** The normalised code when the check lets it be saved; a warning is kept with its line. */
    String accept(CsvRecord r, CodeCheckResult check) {
        if (check.blocksSaving()) {
            throw r.fault(I18n.tr(check.messageKey(), check.argsArray()));
        }
        if (!check.isOk()) {
            warnings.add(I18n.tr("demo.line", r.file(), String.valueOf(r.line()),
                    I18n.tr(check.messageKey(), check.argsArray())));
        }
        return check.normalised();
    }

    static void notBefore(CsvRecord r, String laterColumn, LocalDate later, String earlierColumn, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw r.fault(I18n.tr("demo.error.dates", laterColumn, earlierColumn));
        }
    }
}
