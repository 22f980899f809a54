package org.ecopark.ledger.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.ScopeEntry;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code targets}: the plans' targets as a terminal table, CSV or JSON. CSV and JSON give the values as
 * the plan writes them, with their unit (60 and 亿元), and deadlines as ISO dates, for other programs.
 */
@Command(name = "targets", mixinStandardHelpOptions = true)
final class TargetsCommand implements Runnable {

    /** The CSV columns, in this order; JSON objects carry the same names. */
    static final List<String> COLUMNS = List.of("plan", "scope", "scope_code", "scope_name", "code", "clause", "title",
            "kind", "comparator", "value", "unit", "deadline", "indicator", "note");

    /** Exit code of a request naming a park or plan the ledger does not have. */
    static final int UNKNOWN_CODE = 2;

    enum Format { TABLE, CSV, JSON }

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--plan", paramLabel = "CODE", descriptionKey = "targets.plan")
    private String plan;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Selection selection;

    /** A park or a whole scope, not both: a park's targets are all of scope park. */
    static final class Selection {
        @Option(names = "--park", paramLabel = "CODE", required = true, descriptionKey = "targets.park")
        private String park;

        @Option(names = "--scope", paramLabel = "province|cluster|park", required = true,
                converter = ScopeConverter.class, descriptionKey = "targets.scope")
        private TargetScope scope;
    }

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            converter = FormatConverter.class, descriptionKey = "targets.format")
    private Format format;

    @Option(names = "--include-hidden", descriptionKey = "targets.includeHidden")
    private boolean includeHidden;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "targets.output")
    private Path output;

    @Override
    public void run() {
        String text;
        try (Services services = parent.open(spec)) {
            TargetService targets = services.targets();
            List<Target> list = targets.list(filter(services));
            // CSV and JSON are data for other programs: the plan's own (Chinese) names; the table is read in the
            // user's language
            Map<String, String> names = scopeNames(targets, format == Format.TABLE ? I18n.locale() : I18n.CHINESE);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Target target : list) {
                rows.add(row(target, names.getOrDefault(target.scope() + ":" + target.scopeCode(), target.scopeCode())));
            }
            text = switch (format) {
                case CSV -> csv(rows);
                case JSON -> json(rows);
                case TABLE -> table(list, rows);
            };
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            write(text);
        }
    }

    private static Map<String, String> scopeNames(TargetService targets, Locale language) {
        Map<String, String> names = new HashMap<>();
        for (ScopeEntry entry : targets.scopes(null, language)) {
            names.put(entry.scope() + ":" + entry.code(), entry.name());
        }
        return names;
    }

    private TargetFilter filter(Services services) {
        TargetFilter filter = TargetFilter.all().withHidden(includeHidden);
        if (plan != null) {
            if (services.targets().plans().stream().noneMatch(p -> p.code().equals(plan))) {
                throw new UserException(I18n.tr("targets.cli.unknownPlan", plan), UNKNOWN_CODE);
            }
            filter = filter.withPlan(plan);
        }
        if (selection != null && selection.park != null) {
            String park = selection.park.toUpperCase(Locale.ROOT);
            if (services.parks().parks().stream().noneMatch(p -> p.code().equals(park))) {
                throw new UserException(I18n.tr("targets.cli.unknownPark", selection.park), UNKNOWN_CODE);
            }
            filter = filter.withScope(TargetScope.PARK, park);
        } else if (selection != null) {
            filter = filter.withScope(selection.scope, null);
        }
        return filter;
    }

    private static Map<String, Object> row(Target target, String scopeName) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("plan", target.planCode());
        row.put("scope", target.scope().name());
        row.put("scope_code", target.scopeCode());
        row.put("scope_name", scopeName);
        row.put("code", target.code());
        row.put("clause", target.clause());
        row.put("title", target.title());
        row.put("kind", target.kind().name());
        row.put("comparator", target.comparator().code());
        row.put("value", Decimals.plain(target.value()));
        row.put("unit", target.unit().symbol());
        row.put("deadline", target.deadline().toString());
        row.put("indicator", target.indicatorCode());
        row.put("note", target.note());
        return row;
    }

    /** RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break in double quotes. */
    static String csv(List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                Object value = row.get(column);
                cells.add(quote(value instanceof java.math.BigDecimal number ? Decimals.text(number)
                        : value == null ? "" : value.toString()));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\r") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String json(List<Map<String, Object>> rows) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        try {
            return mapper.writeValueAsString(rows) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Targets cannot be written as JSON", e);
        }
    }

    private static String table(List<Target> targets, List<Map<String, Object>> rows) {
        TextTable table = new TextTable(List.of(I18n.tr("targets.field.code"), I18n.tr("targets.field.scopeCode"),
                I18n.tr("targets.field.clause"), I18n.tr("targets.field.title"), I18n.tr("targets.field.value"),
                I18n.tr("targets.field.deadline"), I18n.tr("targets.field.indicator"), I18n.tr("targets.field.note")));
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            table.add(List.of(target.code(), String.valueOf(rows.get(i).get("scope_name")), target.clause(),
                    target.titleIn(I18n.locale()), target.requirement(), target.deadline().toString(), target.indicatorCode(),
                    target.hasNote() ? I18n.tr("targets.cli.noteMark") : ""));
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table.print(out);
        out.println(I18n.tr("targets.cli.count", String.valueOf(targets.size())));
        out.flush();
        return text.toString();
    }

    /** A file gets UTF-8; a CSV file also the byte-order mark, without which Excel on Windows misreads Chinese. */
    private void write(String text) {
        try {
            DurableFiles.writeString(output, format == Format.CSV ? "\uFEFF" + text : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println(I18n.tr("targets.cli.written", output.toAbsolutePath()));
        spec.commandLine().getOut().flush();
    }

    /** The constant of {@code type} named {@code value}, case ignored; a wrong name is told with {@code badKey}. */
    static <E extends Enum<E>> E named(Class<E> type, String value, String badKey) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new TypeConversionException(I18n.tr(badKey, value));
    }

    static final class ScopeConverter implements ITypeConverter<TargetScope> {
        @Override
        public TargetScope convert(String value) {
            return named(TargetScope.class, value, "targets.cli.badScope");
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return named(Format.class, value, "targets.cli.badFormat");
        }
    }
}
