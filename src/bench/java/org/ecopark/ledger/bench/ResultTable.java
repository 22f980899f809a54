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
