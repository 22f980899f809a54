package org.ecopark.ledger.logic.bureau;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ecopark.ledger.logic.submission.DataJsonTables;

/**
 * The records of an accepted package that the bureau's sums across parks read: the park's enterprises (segment,
 * dates, titles) and its statistics of a few metrics, from data.json read as a stream. The sums follow the park
 * ledger's own rule (MetricQueries): an enterprise's month figures count; a quarter or year figure counts only when
 * no finer figure of the same enterprise and metric starts inside it; a figure counts on the day its period ends.
 */
public final class PackageFigures {

    private static final JsonMapper JSON = new JsonMapper();
    private static final String MONTH = "MONTH";
    private static final String QUARTER = "QUARTER";
    private static final String YEAR = "YEAR";

    /** An enterprise title of the package, as its enterprises table lists it. */
    public record Title(String kind, LocalDate awardedOn, LocalDate expiresOn) {
    }

    public record Enterprise(String uscc, String segment, boolean envRelated, LocalDate settledOn, LocalDate leftOn,
                             List<Title> titles) {

        /** In the park at the end of {@code day}. */
        public boolean inParkOn(LocalDate day) {
            return (settledOn == null || !settledOn.isAfter(day)) && (leftOn == null || leftOn.isAfter(day));
        }

        /** Holds the title on {@code day} (awarded by then, not expired) while in the park. */
        public boolean holdsOn(String kind, LocalDate day) {
            return inParkOn(day) && titles.stream().anyMatch(t -> t.kind().equals(kind) && t.awardedOn() != null
                    && !t.awardedOn().isAfter(day) && (t.expiresOn() == null || t.expiresOn().isAfter(day)));
        }
    }

    /** One statistics row. */
    public record Figure(String uscc, String metric, String periodType, LocalDate start, LocalDate end,
                         BigDecimal value, String unit) {
    }

    private final List<Enterprise> enterprises;
    private final Map<String, List<Figure>> figures;

    private PackageFigures(List<Enterprise> enterprises, Map<String, List<Figure>> figures) {
        this.enterprises = List.copyOf(enterprises);
        this.figures = figures;
    }

    /**
     * Reads the package {@code zip} (the bytes the bureau kept, as a stream); only the statistics of {@code metrics}
     * are kept.
     *
     * @throws IOException when the package cannot be read: the bureau verified it on receipt, so only a damaged ledger
     *                     gets here
     */
    public static PackageFigures read(InputStream zip, Set<String> metrics) throws IOException {
        ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8);
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (PackageContents.DATA.equals(entry.getName())) {
                return readData(in, metrics);
            }
        }
        throw new IOException("A kept package without data.json");
    }

    static PackageFigures readData(InputStream dataJson, Set<String> metrics) throws IOException {
        List<Enterprise> enterprises = new ArrayList<>();
        Map<String, List<Figure>> figures = new HashMap<>();
        DataJsonTables.forEach(dataJson, (table, json) -> {
            if ("enterprises".equals(table) && json.currentToken() == JsonToken.START_ARRAY) {
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    enterprises.add(enterprise(JSON.readTree(json)));
                }
            } else if ("statistics".equals(table) && json.currentToken() == JsonToken.START_ARRAY) {
                readStatistics(json, metrics, figures);
            } else {
                json.skipChildren();
            }
        });
        return new PackageFigures(enterprises, figures);
    }

    private static void readStatistics(JsonParser json, Set<String> metrics, Map<String, List<Figure>> figures)
            throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode row = JSON.readTree(json);
            String metric = text(row, "metricCode");
            JsonNode value = row.get("value");
            if (metric == null || !metrics.contains(metric) || value == null || !value.isNumber()) {
                continue;
            }
            LocalDate start = date(row, "periodStart");
            LocalDate end = date(row, "periodEnd");
            if (start != null && end != null) {
                figures.computeIfAbsent(metric, m -> new ArrayList<>()).add(new Figure(text(row, "uscc"), metric,
                        text(row, "periodType"), start, end, value.decimalValue(), text(row, "unit")));
            }
        }
    }

    private static Enterprise enterprise(JsonNode row) throws IOException {
        List<Title> titles = new ArrayList<>();
        JsonNode list = row.get("titles");
        if (list != null && list.isArray()) {
            for (JsonNode title : list) {
                titles.add(new Title(text(title, "title"), date(title, "awardedOn"), date(title, "expiresOn")));
            }
        }
        JsonNode envRelated = row.get("envRelated");
        return new Enterprise(text(row, "uscc"), text(row, "segment"), envRelated != null && envRelated.asBoolean(),
                date(row, "settledOn"), date(row, "leftOn"), titles);
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode row, String field) throws IOException {
        String text = text(row, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException(field + " is no date", e);
        }
    }

    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /** The USCCs of the enterprises working in the eco-environmental industry. */
    public Set<String> envRelated() {
        Set<String> codes = new java.util.HashSet<>();
        enterprises.stream().filter(Enterprise::envRelated).forEach(e -> codes.add(e.uscc()));
        return codes;
    }

    /** Enterprises that {@code which} selects and that hold the title {@code kind} on {@code day}. */
    public long enterprisesHolding(String kind, LocalDate day, Predicate<Enterprise> which) {
        return enterprises.stream().filter(which).filter(e -> e.holdsOn(kind, day)).count();
    }

    /** The units the metric's figures are given in (one, in a ledger's package). */
    public Set<String> units(String metric) {
        Set<String> units = new java.util.TreeSet<>();
        figures.getOrDefault(metric, List.of()).forEach(f -> units.add(String.valueOf(f.unit())));
        return units;
    }

    /**
     * The metric summed over the figures that count whose periods lie in [from, to], per enterprise; an enterprise
     * without such a figure is absent.
     */
    public Map<String, BigDecimal> sumsByEnterprise(String metric, LocalDate from, LocalDate to) {
        List<Figure> all = figures.getOrDefault(metric, List.of());
        Map<String, List<Figure>> byEnterprise = new HashMap<>();
        for (Figure f : all) {
            if (!f.start().isBefore(from) && !f.end().isAfter(to)) {
                byEnterprise.computeIfAbsent(f.uscc(), u -> new ArrayList<>()).add(f);
            }
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        byEnterprise.forEach((uscc, own) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (Figure f : own) {
                if (counts(f, own)) {
                    sum = sum.add(f.value());
                }
            }
            sums.put(uscc, sum);
        });
        return sums;
    }

    /** The metric summed over the enterprises that {@code which} selects; null when none has a figure. */
    public BigDecimal sum(String metric, LocalDate from, LocalDate to, Predicate<Enterprise> which) {
        Map<String, Enterprise> byUscc = new HashMap<>();
        enterprises.forEach(e -> byUscc.put(e.uscc(), e));
        BigDecimal total = null;
        for (Map.Entry<String, BigDecimal> entry : sumsByEnterprise(metric, from, to).entrySet()) {
            Enterprise enterprise = byUscc.get(entry.getKey());
            if (enterprise != null && which.test(enterprise)) {
                total = total == null ? entry.getValue() : total.add(entry.getValue());
            }
        }
        return total;
    }

    /** The metric summed over all the park's enterprises; null when none has a figure. */
    public BigDecimal sum(String metric, LocalDate from, LocalDate to) {
        BigDecimal total = null;
        for (BigDecimal value : sumsByEnterprise(metric, from, to).values()) {
            total = total == null ? value : total.add(value);
        }
        return total;
    }

    /** A month always counts; a quarter or a year only when no finer figure of the enterprise starts inside it. */
    private static boolean counts(Figure figure, List<Figure> ofEnterprise) {
        if (MONTH.equals(figure.periodType())) {
            return true;
        }
        for (Figure other : ofEnterprise) {
            boolean finer = MONTH.equals(other.periodType())
                    || (YEAR.equals(figure.periodType()) && QUARTER.equals(other.periodType()));
            if (finer && !other.start().isBefore(figure.start()) && !other.start().isAfter(figure.end())) {
                return false;
            }
        }
        return true;
    }
}
