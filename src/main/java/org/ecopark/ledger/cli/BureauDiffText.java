package org.ecopark.ledger.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff.Change;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.ReceivedTarget;

/**
 * {@code bureau diff}: a re-submission against the package it replaced, as tables for people, or for programs as JSON
 * (codes, ISO times) or as CSV with one line per figure ({@code part,code,field,earlier,later,changed}).
 */
final class BureauDiffText {

    private static final String ARROW = " → ";

    private BureauDiffText() {
    }

    static String write(BureauStatusText.Format format, ResubmissionDiff.Diff diff) {
        return switch (format) {
            case TEXT -> text(diff);
            case CSV -> csv(diff);
            case JSON -> json(diff);
        };
    }

    private static String text(ResubmissionDiff.Diff diff) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(I18n.tr("bureau.diff.heading", diff.park().code(), diff.park().shortNameIn(I18n.locale()),
                diff.later().periodCode()));
        out.println(I18n.tr("bureau.diff.earlier", ResubmissionDiff.describe(diff.earlier())));
        out.println(I18n.tr("bureau.diff.later", ResubmissionDiff.describe(diff.later())));
        out.println();
        out.println(I18n.tr("bureau.diff.targetsHeading", diff.count(Change.CHANGED), diff.count(Change.ADDED),
                diff.count(Change.REMOVED), diff.targets().size()));
        TextTable targets = new TextTable(List.of(I18n.tr("bureau.diff.field.target"), I18n.tr("bureau.diff.field.unit"),
                I18n.tr("bureau.diff.field.value"), I18n.tr("bureau.diff.field.actual"), I18n.tr("bureau.diff.field.status"),
                I18n.tr("bureau.diff.field.change")));
        for (ResubmissionDiff.TargetRow row : diff.targets()) {
            targets.add(List.of(row.targetCode(), row.unit() == null ? "" : row.unit(),
                    pair(row, t -> ResubmissionDiff.figure(t.targetValue()), row.valueChanged()),
                    pair(row, t -> ResubmissionDiff.figure(t.actual()), row.actualChanged()),
                    pair(row, t -> ResubmissionDiff.status(t.status()), row.statusChanged()),
                    row.change() == Change.SAME ? "" : row.change().label()));
        }
        targets.print(out);
        out.println();
        out.println(I18n.tr("bureau.diff.countsHeading", diff.changedTables(), diff.counts().size()));
        TextTable counts = new TextTable(List.of(I18n.tr("bureau.diff.field.table"), I18n.tr("bureau.diff.field.earlierRows"),
                I18n.tr("bureau.diff.field.laterRows"), I18n.tr("bureau.diff.field.change")));
        for (ResubmissionDiff.CountRow row : diff.counts()) {
            counts.add(List.of(row.table(), rows(row.earlier()), rows(row.later()), row.changeText()));
        }
        counts.print(out);
        out.flush();
        return text.toString();
    }

    /** Both sides of a target's figure; a changed one as {@code before → after}. */
    private static String pair(ResubmissionDiff.TargetRow row, java.util.function.Function<ReceivedTarget, String> side,
                               boolean changed) {
        String before = row.earlier() == null ? "" : side.apply(row.earlier());
        String after = row.later() == null ? "" : side.apply(row.later());
        if (row.earlier() == null) {
            return after;
        }
        if (row.later() == null) {
            return before;
        }
        return changed ? before + ARROW + after : after;
    }

    private static String rows(Integer rows) {
        return rows == null ? "" : rows.toString();
    }

    private static Map<String, Object> packageFields(ReceivedPackage received) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file_name", received.fileName());
        fields.put("created_at", received.createdAt().toString());
        fields.put("received_at", received.receivedAt().toString());
        fields.put("state", received.state().name());
        fields.put("sha256", received.sha256());
        fields.put("returned_reason", received.returned() == null ? null : received.returned().reason());
        return fields;
    }

    private static Map<String, Object> targetFields(ReceivedTarget target) {
        if (target == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("target_value", plain(target.targetValue()));
        fields.put("actual", plain(target.actual()));
        fields.put("status", target.status());
        return fields;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String json(ResubmissionDiff.Diff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park_code", diff.park().code());
        root.put("period", diff.later().periodCode());
        root.put("earlier", packageFields(diff.earlier()));
        root.put("later", packageFields(diff.later()));
        List<Map<String, Object>> targets = new ArrayList<>();
        for (ResubmissionDiff.TargetRow row : diff.targets()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("target_code", row.targetCode());
            fields.put("plan_code", row.planCode());
            fields.put("indicator_code", row.indicatorCode());
            fields.put("unit", row.unit());
            fields.put("change", row.change().name());
            fields.put("earlier", targetFields(row.earlier()));
            fields.put("later", targetFields(row.later()));
            targets.add(fields);
        }
        root.put("targets", targets);
        List<Map<String, Object>> counts = new ArrayList<>();
        for (ResubmissionDiff.CountRow row : diff.counts()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("table", row.table());
            fields.put("earlier", row.earlier());
            fields.put("later", row.later());
            fields.put("change", row.change().name());
            counts.add(fields);
        }
        root.put("counts", counts);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(root)
                    + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The difference is plain data", e);
        }
    }

    private static String csv(ResubmissionDiff.Diff diff) {
        StringBuilder csv = new StringBuilder("part,code,field,earlier,later,changed\r\n");
        Map<String, Object> earlier = packageFields(diff.earlier());
        Map<String, Object> later = packageFields(diff.later());
        earlier.forEach((field, value) -> line(csv, "package", diff.park().code(), field, value, later.get(field)));
        for (ResubmissionDiff.TargetRow row : diff.targets()) {
            ReceivedTarget was = row.earlier();
            ReceivedTarget is = row.later();
            line(csv, "target", row.targetCode(), "target_value", was == null ? null : was.targetValue(),
                    is == null ? null : is.targetValue());
            line(csv, "target", row.targetCode(), "actual", was == null ? null : was.actual(), is == null ? null : is.actual());
            line(csv, "target", row.targetCode(), "status", was == null ? null : was.status(), is == null ? null : is.status());
        }
        diff.counts().forEach(row -> line(csv, "count", row.table(), "rows", row.earlier(), row.later()));
        return csv.toString();
    }

    private static void line(StringBuilder csv, String part, String code, String field, Object earlier, Object later) {
        String before = cell(earlier);
        String after = cell(later);
        StringJoiner cells = new StringJoiner(",");
        List.of(part, code, field, before, after, String.valueOf(!before.equals(after)))
                .forEach(value -> cells.add(TargetsCommand.quote(value)));
        csv.append(cells).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? ResubmissionDiff.figure(decimal) : value.toString();
    }
}
