package org.ecopark.ledger.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.model.ReceivedPackage;
import picocli.CommandLine.ITypeConverter;

/** {@code bureau status} as a table for people, or as CSV or JSON (codes, ISO dates) for programs. */
final class BureauStatusText {

    enum Format { TEXT, CSV, JSON }

    private static final List<String> COLUMNS = List.of("park_code", "park_name", "state", "received_on", "file_name",
            "sha256", "returned_reason");

    private BureauStatusText() {
    }

    static String write(Format format, String period, List<SubmissionStatus.Row> rows) {
        return switch (format) {
            case TEXT -> text(period, rows);
            case CSV -> csv(rows);
            case JSON -> json(rows);
        };
    }

    private static Map<String, Object> row(SubmissionStatus.Row row) {
        ReceivedPackage current = row.current();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("park_code", row.park().code());
        fields.put("park_name", row.park().name()); // machine-readable: the catalog's own words
        fields.put("state", row.state().name());
        fields.put("received_on", current == null ? null : receivedOn(current).toString());
        fields.put("file_name", current == null ? null : current.fileName());
        fields.put("sha256", current == null ? null : current.sha256());
        fields.put("returned_reason", current == null || current.returned() == null ? null : current.returned().reason());
        return fields;
    }

    private static LocalDate receivedOn(ReceivedPackage received) {
        return LocalDate.ofInstant(received.receivedAt(), ZoneId.systemDefault());
    }

    private static String text(String period, List<SubmissionStatus.Row> rows) {
        TextTable table = new TextTable(List.of(I18n.tr("bureau.field.park"), I18n.tr("bureau.field.name"),
                I18n.tr("bureau.field.state"), I18n.tr("bureau.field.receivedOn"), I18n.tr("bureau.field.file")));
        Map<SubmissionStatus.State, Integer> counts = new EnumMap<>(SubmissionStatus.State.class);
        for (SubmissionStatus.Row row : rows) {
            ReceivedPackage current = row.current();
            table.add(List.of(row.park().code(), row.park().shortNameIn(I18n.locale()), row.stateText(),
                    current == null ? "" : receivedOn(current).toString(), current == null ? "" : current.fileName()));
            counts.merge(row.state(), 1, Integer::sum);
        }
        StringJoiner summary = new StringJoiner(I18n.tr("bureau.cli.separator"));
        counts.forEach((state, count) -> summary.add(state.label() + " " + count));
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(I18n.tr("bureau.cli.statusHeading", period));
        table.print(out);
        out.println(I18n.tr("bureau.cli.statusCount", rows.size(), summary.toString()));
        out.flush();
        return text.toString();
    }

    private static String csv(List<SubmissionStatus.Row> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (SubmissionStatus.Row row : rows) {
            StringJoiner cells = new StringJoiner(",");
            row(row).values().forEach(value -> cells.add(TargetsCommand.quote(value == null ? "" : value.toString())));
            csv.append(cells).append("\r\n");
        }
        return csv.toString();
    }

    private static String json(List<SubmissionStatus.Row> rows) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(rows.stream().map(BureauStatusText::row).toList()) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The status is plain text", e);
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return TargetsCommand.named(Format.class, value, "bureau.cli.badFormat");
        }
    }
}
