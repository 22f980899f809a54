package org.ecopark.ledger.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code status}: every target of a park judged at a date, as a terminal table, CSV or JSON. CSV and JSON
 * carry stable codes (target code, kind, status) and plain numbers in the target's unit, for other programs.
 */
@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand implements Runnable {

    /** The CSV columns, in this order; JSON objects carry the same names. */
    static final List<String> COLUMNS = List.of("code", "title", "kind", "comparator", "target", "unit", "deadline",
            "actual", "status", "forecast", "pace", "gap", "manual", "measured_on");

    /** Numbers in the terminal table keep two decimals at most; CSV and JSON keep what was computed. */
    private static final int TABLE_SCALE = 2;

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--park", paramLabel = "CODE", required = true, descriptionKey = "status.park")
    private String park;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, descriptionKey = "status.asOf")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            converter = TargetsCommand.FormatConverter.class, descriptionKey = "status.format")
    private TargetsCommand.Format format;

    @Override
    public void run() {
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        String code = park.toUpperCase(Locale.ROOT);
        List<Evaluation> evaluations;
        try (Services services = parent.open(spec)) {
            if (services.parks().parks().stream().noneMatch(p -> p.code().equals(code))) {
                throw new UserException(I18n.tr("indicators.cli.unknownPark", park), TargetsCommand.UNKNOWN_CODE);
            }
            evaluations = services.evaluation().evaluatePark(code, date);
        }
        List<Map<String, Object>> rows = evaluations.stream().map(StatusCommand::row).toList();
        String text = switch (format) {
            case CSV -> csv(rows);
            case JSON -> json(rows);
            case TABLE -> table(code, date, evaluations);
        };
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    static Map<String, Object> row(Evaluation evaluation) {
        Target target = evaluation.target();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", target.code());
        // machine-readable: the plan's own words, whatever the language of the table
        row.put("title", target.title());
        row.put("kind", target.kind().name());
        row.put("comparator", target.comparator().code());
        row.put("target", Decimals.plain(target.value()));
        row.put("unit", target.unit().symbol());
        row.put("deadline", target.deadline().toString());
        row.put("actual", Decimals.plain(evaluation.actual()));
        row.put("status", evaluation.status().name());
        row.put("forecast", Decimals.plain(evaluation.forecast()));
        row.put("pace", Decimals.plain(evaluation.pace()));
        row.put("gap", Decimals.plain(evaluation.gap()));
        row.put("manual", evaluation.manual());
        row.put("measured_on", evaluation.measuredOn().toString());
        return row;
    }

    private static String csv(List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> row : rows) {
            StringJoiner cells = new StringJoiner(",");
            for (String column : COLUMNS) {
                Object value = row.get(column);
                cells.add(TargetsCommand.quote(value instanceof BigDecimal number ? Decimals.text(number)
                        : value == null ? "" : value.toString()));
            }
            csv.append(cells).append("\r\n");
        }
        return csv.toString();
    }

    private static String json(List<Map<String, Object>> rows) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        try {
            return mapper.writeValueAsString(rows) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The evaluation cannot be written as JSON", e);
        }
    }

    private static String table(String park, LocalDate date, List<Evaluation> evaluations) {
        TextTable table = new TextTable(List.of(I18n.tr("targets.field.code"), I18n.tr("targets.field.title"),
                I18n.tr("targets.field.kind"), I18n.tr("indicators.field.target"), I18n.tr("targets.field.deadline"),
                I18n.tr("indicators.field.actual"), I18n.tr("indicators.field.status"),
                I18n.tr("indicators.field.forecast")));
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (Evaluation e : evaluations) {
            Target target = e.target();
            String unit = " " + target.unit().symbol();
            table.add(List.of(target.code(), target.titleIn(I18n.locale()), I18n.tr("targets.kind." + target.kind().name()),
                    target.requirement(), target.deadline().toString(),
                    e.actual() == null ? "" : shown(e.actual()) + unit + (e.manual() ? I18n.tr("indicators.cli.manualMark") : ""),
                    I18n.tr("indicators.status." + e.status().name()),
                    e.forecast() == null ? "" : shown(e.forecast()) + unit));
            counts.merge(e.status(), 1, Integer::sum);
        }
        StringJoiner summary = new StringJoiner(I18n.tr("indicators.cli.separator"));
        counts.forEach((status, count) -> summary.add(I18n.tr("indicators.status." + status.name()) + " " + count));
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(I18n.tr("indicators.cli.heading", park, date.toString()));
        table.print(out);
        out.println(I18n.tr("indicators.cli.count", String.valueOf(evaluations.size()), summary.toString()));
        out.flush();
        return text.toString();
    }

    private static String shown(BigDecimal value) {
        return Decimals.text(value.setScale(TABLE_SCALE, RoundingMode.HALF_UP));
    }

    /** ISO dates only (2025-12-31): the one spelling that cannot be misread between languages. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(I18n.tr("indicators.cli.badDate", value));
            }
        }
    }
}
