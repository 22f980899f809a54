package org.ecopark.ledger.logic.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.DataTable.Column;
import org.ecopark.ledger.logic.submission.DataTable.Type;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.PackageRows.EventEntry;
import org.ecopark.ledger.model.PackageRows.OverriddenWarning;
import org.ecopark.ledger.model.PackageRows.PatentEntry;
import org.ecopark.ledger.model.PackageRows.PlatformEntry;
import org.ecopark.ledger.model.PackageRows.ProjectEntry;
import org.ecopark.ledger.model.PackageRows.StaffMember;
import org.ecopark.ledger.model.PackageRows.StandardEntry;
import org.ecopark.ledger.model.PackageRows.StatFigure;
import org.ecopark.ledger.model.Target;

/**
 * The lists of a package in their fixed order and layout: one {@link DataTable} per sheet of the workbook
 * and per table of data.json. Codes stay codes (the workbook shows their names); money is in 万元, counts
 * in their own units, every target value in the target's unit.
 */
final class PackageTables {

    private static final String LIST_SEPARATOR = "；";

    private PackageTables() {
    }

    static List<DataTable> build(PackageData data) {
        List<DataTable> tables = new ArrayList<>();
        tables.add(targets(data.evaluations()));
        tables.add(enterprises(data.enterprises()));
        tables.add(statistics(data.statistics()));
        tables.add(patents(data));
        tables.add(staffCounts(data));
        if (data.staffNames()) {
            tables.add(staffMembers(data.staff()));
        }
        tables.add(standards(data));
        tables.add(projects(data.projects()));
        tables.add(platforms(data.platforms()));
        tables.add(events(data.events()));
        tables.add(milestones(data.milestones()));
        tables.add(warnings(data.warnings()));
        return tables;
    }

    private static DataTable targets(List<Evaluation> evaluations) {
        List<Column> columns = List.of(col("targetCode", Type.CODE), col("planCode", Type.CODE),
                col("clause", Type.TEXT), col("title", "targetTitle", Type.TEXT), col("indicatorCode", Type.CODE),
                coded("kind", "targets.kind."),
                col("comparator", Type.CODE).labelled(value -> org.ecopark.ledger.model.Comparator.fromCode((String) value).symbol()),
                col("targetValue", Type.DECIMAL).withUnitColumn("unit"), col("unit", Type.TEXT),
                col("deadline", Type.DATE), col("baselineValue", Type.DECIMAL).withUnitColumn("unit"),
                col("baselineDate", Type.DATE), col("measuredOn", Type.DATE),
                col("actual", Type.DECIMAL).withUnitColumn("unit"), col("pace", Type.DECIMAL).withUnitColumn("unit"),
                col("gap", Type.DECIMAL).withUnitColumn("unit"), col("forecast", Type.DECIMAL).withUnitColumn("unit"),
                coded("status", "indicators.status."), col("manual", Type.BOOLEAN));
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation e : evaluations) {
            Target t = e.target();
            rows.add(row(t.code(), t.planCode(), t.clause(), t.title(), t.indicatorCode(), t.kind().name(),
                    t.comparator().code(), t.value(), t.unit().symbol(), t.deadline(), t.baselineValue(),
                    t.baselineDate(), e.measuredOn(), e.actual(), e.pace(), e.gap(), e.forecast(), e.status().name(),
                    e.manual()));
        }
        return table("targets", columns, rows);
    }

    private static DataTable enterprises(List<Enterprise> enterprises) {
        List<Column> columns = List.of(col("uscc", Type.CODE), col("name", "enterpriseName", Type.TEXT),
                col("shortName", Type.TEXT), coded("segment", "records.segment."), col("envRelated", Type.BOOLEAN),
                col("settledOn", Type.DATE), col("leftOn", Type.DATE),
                col("titles", Type.LIST).labelled(PackageTables::titleText).inJson(PackageTables::titleJson),
                col("contactPerson", Type.TEXT), col("contactPhone", Type.TEXT), col("address", Type.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (Enterprise e : enterprises) {
            rows.add(row(e.uscc(), e.name(), e.shortName(), e.segment().name(), e.envRelated(), e.settledOn(),
                    e.leftOn(), e.titles(), e.contactPerson(), e.contactPhone(), e.address()));
        }
        return table("enterprises", columns, rows);
    }

    private static DataTable statistics(PackageData.Streamed<StatFigure> figures) {
        List<Column> columns = List.of(col("uscc", Type.CODE), col("enterpriseName", Type.TEXT),
                col("metricCode", Type.CODE), col("metricName", Type.TEXT), coded("periodType", "records.periodType."),
                col("period", Type.CODE), col("periodStart", Type.DATE), col("periodEnd", Type.DATE),
                col("value", Type.DECIMAL).withUnitColumn("unit"), col("unit", Type.TEXT),
                coded("source", "submission.code.source."));
        DataTable.Rows rows = each -> figures.forEach(f -> each.accept(row(f.uscc(), f.enterpriseName(),
                f.metricCode(), f.metricName(), f.period().type().name(), f.period().code(), f.period().start(),
                f.period().end(), f.value(), f.unit(), f.source())));
        return new DataTable("statistics", I18n.tr("submission.sheet.statistics"), columns, rows);
    }

    private static DataTable patents(PackageData data) {
        List<Column> columns = List.of(col("number", "patentNumber", Type.CODE), col("title", "patentTitle", Type.TEXT),
                coded("type", "records.patentType."), coded("status", "records.patentStatus."),
                col("appliedOn", Type.DATE), col("grantedOn", Type.DATE), col("lapsedOn", Type.DATE),
                col("grantedInPeriod", Type.BOOLEAN), list("ownerUsccs"), list("ownerNames"),
                col("otherOwners", Type.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (PatentEntry p : data.patents()) {
            rows.add(row(p.number(), p.title(), p.type().name(), p.status().name(), p.appliedOn(), p.grantedOn(),
                    p.lapsedOn(), within(p.grantedOn(), data.period()), p.ownerUsccs(), p.ownerNames(),
                    p.otherOwners()));
        }
        return table("patents", columns, rows);
    }

    /** Per enterprise: staff at the period end (full-time and all), and who joined and left in it. */
    private static DataTable staffCounts(PackageData data) {
        List<Column> columns = List.of(col("uscc", Type.CODE), col("enterpriseName", Type.TEXT),
                col("fullTimeAtEnd", Type.INTEGER).withUnit("人"), col("totalAtEnd", Type.INTEGER).withUnit("人"),
                col("joinedInPeriod", Type.INTEGER).withUnit("人"), col("leftInPeriod", Type.INTEGER).withUnit("人"));
        LocalDate end = data.period().end();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (StaffMember s : data.staff()) {
            int[] c = counts.computeIfAbsent(s.uscc(), k -> new int[4]);
            names.put(s.uscc(), s.enterpriseName());
            boolean employedAtEnd = s.leftOn() == null || s.leftOn().isAfter(end);
            if (employedAtEnd && s.fullTime()) {
                c[0]++;
            }
            if (employedAtEnd) {
                c[1]++;
            }
            if (within(s.joinedOn(), data.period())) {
                c[2]++;
            }
            if (within(s.leftOn(), data.period())) {
                c[3]++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((uscc, c) -> rows.add(row(uscc, names.get(uscc), c[0], c[1], c[2], c[3])));
        return table("rdStaff", columns, rows);
    }

    private static DataTable staffMembers(List<StaffMember> staff) {
        List<Column> columns = List.of(col("uscc", Type.CODE), col("enterpriseName", Type.TEXT),
                col("name", "personName", Type.TEXT), coded("education", "submission.code.education."),
                col("professionalTitle", Type.TEXT), col("fullTime", Type.BOOLEAN), col("joinedOn", Type.DATE),
                col("leftOn", "staffLeftOn", Type.DATE));
        List<List<Object>> rows = new ArrayList<>();
        for (StaffMember s : staff) {
            rows.add(row(s.uscc(), s.enterpriseName(), s.name(), s.education(), s.professionalTitle(), s.fullTime(),
                    s.joinedOn(), s.leftOn()));
        }
        return table("rdStaffMembers", columns, rows);
    }

    private static DataTable standards(PackageData data) {
        List<Column> columns = List.of(col("code", "standardCode", Type.CODE), col("title", "standardTitle", Type.TEXT),
                coded("level", "submission.code.standardLevel."), coded("role", "submission.code.standardRole."),
                col("uscc", Type.CODE), col("enterpriseName", Type.TEXT), col("publishedOn", Type.DATE),
                col("publishedInPeriod", Type.BOOLEAN));
        List<List<Object>> rows = new ArrayList<>();
        for (StandardEntry s : data.standards()) {
            rows.add(row(s.code(), s.title(), s.level(), s.role(), s.uscc(), s.enterpriseName(), s.publishedOn(),
                    within(s.publishedOn(), data.period())));
        }
        return table("standards", columns, rows);
    }

    private static DataTable projects(List<ProjectEntry> projects) {
        List<Column> columns = List.of(col("name", "projectName", Type.TEXT),
                coded("category", "submission.code.projectCategory."), coded("status", "submission.code.projectStatus."),
                col("uscc", Type.CODE), col("enterpriseName", Type.TEXT),
                col("plannedInvestment", Type.DECIMAL).withUnit("万元"), col("startDate", Type.DATE),
                col("plannedCompletion", Type.DATE), col("actualCompletion", Type.DATE),
                col("progressReportedOn", Type.DATE), col("completedInvestment", Type.DECIMAL).withUnit("万元"),
                col("percentComplete", Type.DECIMAL).withUnit("%"), col("note", Type.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectEntry p : projects) {
            rows.add(row(p.name(), p.category(), p.status(), p.uscc(), p.enterpriseName(), p.plannedInvestment(),
                    p.startDate(), p.plannedCompletion(), p.actualCompletion(), p.progressReportedOn(),
                    p.completedInvestment(), p.percentComplete(), p.note()));
        }
        return table("projects", columns, rows);
    }

    private static DataTable platforms(List<PlatformEntry> platforms) {
        List<Column> columns = List.of(col("name", "platformName", Type.TEXT),
                coded("type", "submission.code.platformType."), coded("level", "submission.code.platformLevel."),
                col("uscc", Type.CODE), col("enterpriseName", Type.TEXT), col("approvedOn", Type.DATE),
                col("approvedBy", Type.TEXT), col("revokedOn", Type.DATE));
        List<List<Object>> rows = new ArrayList<>();
        for (PlatformEntry p : platforms) {
            rows.add(row(p.name(), p.platformType(), p.level(), p.uscc(), p.enterpriseName(), p.approvedOn(),
                    p.approvedBy(), p.revokedOn()));
        }
        return table("platforms", columns, rows);
    }

    private static DataTable events(List<EventEntry> events) {
        List<Column> columns = List.of(col("heldOn", Type.DATE), col("title", "eventTitle", Type.TEXT),
                coded("type", "submission.code.eventType."), col("international", Type.BOOLEAN),
                col("participants", Type.INTEGER).withUnit("人"), col("location", Type.TEXT), col("note", Type.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (EventEntry e : events) {
            rows.add(row(e.heldOn(), e.title(), e.eventType(), e.international(), e.participants(), e.location(),
                    e.note()));
        }
        return table("events", columns, rows);
    }

    private static DataTable milestones(List<Milestone> milestones) {
        List<Column> columns = List.of(col("targetCode", Type.CODE), col("title", "targetTitle", Type.TEXT),
                col("deadline", Type.DATE), coded("status", "indicators.status."), col("completedOn", Type.DATE),
                col("completedLate", Type.BOOLEAN), col("evidenceCount", Type.INTEGER),
                col("evidence", Type.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (Milestone m : milestones) {
            String evidence = m.evidence().stream().map(PackageTables::evidenceText)
                    .collect(Collectors.joining(LIST_SEPARATOR));
            rows.add(row(m.target().code(), m.target().title(), m.target().deadline(), m.status().name(),
                    m.completedOn(), m.completedLate(), m.evidence().size(), evidence.isEmpty() ? null : evidence));
        }
        return table("milestones", columns, rows);
    }

    private static DataTable warnings(List<OverriddenWarning> warnings) {
        List<Column> columns = List.of(coded("table", "submission.code.table."), col("recordKey", Type.CODE),
                col("warningKey", Type.CODE), col("explanation", Type.TEXT), col("overriddenBy", Type.TEXT),
                col("overriddenAt", Type.INSTANT));
        List<List<Object>> rows = new ArrayList<>();
        for (OverriddenWarning w : warnings) {
            rows.add(row(w.table(), w.recordKey(), w.warningKey(), w.explanation(), w.overriddenBy(), w.overriddenAt()));
        }
        return table("warningOverrides", columns, rows);
    }

    private static String evidenceText(MilestoneEvidence e) {
        List<String> parts = new ArrayList<>();
        if (e.completedOn() != null) {
            parts.add(e.completedOn().toString());
        }
        if (e.note() != null && !e.note().isBlank()) {
            parts.add(e.note().strip());
        }
        if (e.fileName() != null) {
            parts.add(e.fileName() + (e.sha256() == null ? "" : " sha256:" + e.sha256()));
        }
        return String.join(" ", parts);
    }

    private static String titleText(Object value) {
        return titles(value).stream().map(t -> I18n.tr("records.title." + t.kind().name()) + " " + t.awardedOn()
                + (t.expiresOn() == null ? "" : "—" + t.expiresOn())).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static Object titleJson(Object value) {
        List<Map<String, Object>> titles = new ArrayList<>();
        for (EnterpriseTitle t : titles(value)) {
            Map<String, Object> title = new LinkedHashMap<>();
            title.put("title", t.kind().name());
            title.put("awardedOn", t.awardedOn());
            title.put("expiresOn", t.expiresOn());
            title.put("certificateNo", t.certificateNo());
            titles.add(title);
        }
        return titles;
    }

    @SuppressWarnings("unchecked")
    private static List<EnterpriseTitle> titles(Object value) {
        return (List<EnterpriseTitle>) value;
    }

    private static boolean within(LocalDate date, ReportPeriod period) {
        return date != null && !date.isBefore(period.start()) && !date.isAfter(period.end());
    }

    private static DataTable table(String code, List<Column> columns, List<List<Object>> rows) {
        return new DataTable(code, I18n.tr("submission.sheet." + code), columns, DataTable.Rows.of(code, columns, rows));
    }

    private static Column col(String code, Type type) {
        return col(code, code, type);
    }

    /** A column whose header is the translation of {@code submission.column.<header>}. */
    private static Column col(String code, String header, Type type) {
        return Column.of(code, I18n.tr("submission.column." + header), type);
    }

    /**
     * A code column the workbook shows by name: the translation of {@code prefix + code}, looked up once per code
     * (a statistics column shows the same few codes 240 000 times on a large park).
     */
    private static Column coded(String code, String prefix) {
        Map<Object, String> names = new java.util.HashMap<>();
        return col(code, code, Type.CODE).labelled(value -> names.computeIfAbsent(value, v -> I18n.tr(prefix + v)));
    }

    private static Column list(String code) {
        Function<Object, String> joined = value -> ((List<?>) value).stream().map(String::valueOf)
                .collect(Collectors.joining(LIST_SEPARATOR));
        return col(code, Type.LIST).labelled(joined);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values); // nulls allowed: an empty cell, a JSON null
    }
}
