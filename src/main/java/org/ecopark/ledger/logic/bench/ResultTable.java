package org.ecopark.ledger.logic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The results of one run as a Markdown table, with the machine and the park it ran on, so that runs can
 * be compared and the README can show the latest.
 */
public final class ResultTable {

    private ResultTable() {
    }

    /**
     * @param title  e.g. the date and the park's size
     * @param notes  what was skipped and why; printed under the table
     */
    public static String markdown(String title, Machine machine, List<Figure> figures, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(title).append("\n\n");
        out.append("Machine: ").append(machine.describe()).append("\n\n");
        out.append("| scenario | figure | median | runs | floor | floor median | ratio | budget | within budget |\n");
        out.append("| --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |\n");
        for (Figure figure : figures) {
            Double ratio = figure.ratio();
            out.append("| ").append(figure.scenario())
                    .append(" | ").append(figure.name())
                    .append(" | ").append(Samples.format(figure.median())).append(' ').append(figure.unit())
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
