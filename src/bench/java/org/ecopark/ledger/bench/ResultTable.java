package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run as a Markdown table, with the machine and the park it ran on, so that runs can
 * be compared and the README can show the latest.
 */
public final class ResultTable {

    private ResultTable() {
    }

    /**
     * @param title  e.g. the date and the park's sizes
     * @param notes  what was skipped and why; printed under the table
     */
    public static String markdown(String title, Machine machine, List<Figure> figures, List<String> notes) {
        return markdown(title, machine, figures, List.of(), notes);
    }

    /**
     * The table of a run, and when it measured on a PostgreSQL server too a second table: each figure measured there
     * beside the same figure on H2, with their ratio.
     *
     * @param serverFigures the figures measured on the server, in the order a scenario gives them; empty for none
     */
    public static String markdown(String title, Machine machine, List<Figure> figures, List<Figure> serverFigures,
                                  List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(title).append("\n\n");
        out.append("Machine: ").append(machine.describe()).append("\n\n");
        out.append("| scenario | park | figure | median | runs | floor | floor median | ratio | budget | within budget |\n");
        out.append("| --- | --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |\n");
        for (Figure figure : bySize(figures)) {
            Double ratio = figure.ratio();
            out.append("| ").append(figure.scenario())
                    .append(" | ").append(figure.park())
                    .append(" | ").append(figure.name())
                    .append(" | ").append(figure.isFailure() ? "—" : Samples.format(figure.median()) + " " + figure.unit())
                    .append(" | ").append(figure.runs())
                    .append(" | ").append(figure.floorName() == null ? "" : figure.floorName())
                    .append(" | ").append(figure.floorMedian() == null ? ""
                            : Samples.format(figure.floorMedian()) + " " + figure.unit())
                    .append(" | ").append(ratio == null ? "" : Samples.format(ratio) + "×")
                    .append(" | ").append(figure.budget().describe())
                    .append(" | ").append(mark(figure.mark()))
                    .append(" |\n");
        }
        if (!serverFigures.isEmpty()) {
            out.append(serverTable(figures, serverFigures));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    /**
     * The figures in the table's order: scenario by scenario, and within one the same figure of every park size
     * one under the other (the n-th figure of each size: a scenario gives its figures in the same order at every
     * size), so that growth shows at a glance.
     */
    static List<Figure> bySize(List<Figure> figures) {
        Map<String, Map<String, List<Figure>>> byScenario = new LinkedHashMap<>();
        for (Figure figure : figures) {
            byScenario.computeIfAbsent(figure.scenario(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(figure.park(), p -> new ArrayList<>()).add(figure);
        }
        List<Figure> ordered = new ArrayList<>();
        for (Map<String, List<Figure>> parks : byScenario.values()) {
            int longest = parks.values().stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (List<Figure> ofPark : parks.values()) {
                    if (i < ofPark.size()) {
                        ordered.add(ofPark.get(i));
                    }
                }
            }
        }
        return ordered;
    }

    /**
     * The figures measured on the server beside H2's: a figure of a scenario at a park on the server stands beside the
     * figure of the same name (the details in brackets at its end aside, such as a package's size), scenario and park
     * on H2; one H2 has and the server not (the import's peer row) stands beside nothing; the ratio is the server's over H2's; then the server's own floor, measured there in the
     * same rounds.
     */
    static String serverTable(List<Figure> h2, List<Figure> server) {
        Map<String, List<Figure>> onH2 = new LinkedHashMap<>();
        h2.forEach(figure -> onH2.computeIfAbsent(figure.scenario() + "\t" + figure.park(), k -> new ArrayList<>()).add(figure));
        java.util.Set<Figure> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        StringBuilder out = new StringBuilder("\n### " + BenchLedger.H2 + " and " + BenchLedger.POSTGRESQL + ", the same run\n\n");
        out.append("| scenario | park | figure | H2 | PostgreSQL | PostgreSQL / H2 | runs | PostgreSQL floor median | "
                + "PostgreSQL ratio to its floor | PostgreSQL within budget |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Figure figure : bySize(server)) {
            String key = figure.scenario() + "\t" + figure.park();
            Figure beside = onH2.getOrDefault(key, List.of()).stream()
                    .filter(candidate -> stem(candidate.name()).equals(stem(figure.name())) && !paired.contains(candidate))
                    .findFirst().orElse(null);
            if (beside != null) {
                paired.add(beside);
            }
            String name = beside == null || beside.name().equals(figure.name()) ? figure.name()
                    : beside.name() + " (PostgreSQL: " + figure.name() + ")";
            Double ratio = beside == null || beside.isFailure() || figure.isFailure() ? null
                    : Samples.ratio(figure.median(), beside.median());
            Double floorRatio = figure.ratio();
            out.append("| ").append(figure.scenario())
                    .append(" | ").append(figure.park())
                    .append(" | ").append(name)
                    .append(" | ").append(beside == null ? "" : value(beside))
                    .append(" | ").append(value(figure))
                    .append(" | ").append(ratio == null ? "" : Samples.format(ratio) + "×")
                    .append(" | ").append(figure.runs())
                    .append(" | ").append(figure.floorMedian() == null ? ""
                            : Samples.format(figure.floorMedian()) + " " + figure.unit())
                    .append(" | ").append(floorRatio == null ? "" : Samples.format(floorRatio) + "×")
                    .append(" | ").append(mark(figure.mark()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A figure's name without the details in brackets at its end (a package's size), which differ between runs. */
    private static String stem(String name) {
        int open = name.lastIndexOf(" (");
        return name.endsWith(")") && open > 0 ? name.substring(0, open) : name;
    }

    private static String value(Figure figure) {
        return figure.isFailure() ? "—" : Samples.format(figure.median()) + " " + figure.unit();
    }

    /**
     * Every figure of a run, one a line, for programs: the database it was measured on ({@code H2} or
     * {@code PostgreSQL}), then {@link Figure#toLine}'s cells, tab-separated, under a line naming the columns.
     */
    public static String figureLines(List<Figure> h2, List<Figure> server) {
        StringBuilder out = new StringBuilder(
                "database\tscenario\tpark\tfigure\tunit\tmedian\truns\tfloor\tfloor median\tbudget\n");
        h2.forEach(figure -> out.append(BenchLedger.H2).append('\t').append(figure.toLine()).append('\n'));
        server.forEach(figure -> out.append(BenchLedger.POSTGRESQL).append('\t').append(figure.toLine()).append('\n'));
        return out.toString();
    }

    static String mark(Budget.Mark mark) {
        return switch (mark) {
            case WITHIN -> "yes";
            case OVER -> "**OVER**";
            case UNJUDGED -> "";
        };
    }

    public static void write(Path file, String markdown) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
    }
}
