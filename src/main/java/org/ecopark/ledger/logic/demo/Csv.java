package org.ecopark.ledger.logic.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Excel writes and reads it: comma separated, fields with a comma, quote or line break
 * in double quotes, quotes doubled. Written with a UTF-8 byte order mark, without which Excel on a
 * Chinese Windows reads UTF-8 as GBK and shows mojibake; the mark is skipped on reading.
 */
public final class Csv {

    static final char BOM = '\uFEFF';

    /** One record as read, with the line it starts on (the header is line 1), for error messages. */
    public record Line(int number, List<String> fields) {
    }

    private Csv() {
    }

    /**
     * Parses a whole file's text. A blank line is skipped (an edited file often ends with several).
     *
     * @throws CsvSyntaxException when a quoted field is not closed
     */
    public static List<Line> parse(String text) throws CsvSyntaxException {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordStart = 1;
        int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && field.isEmpty()) {
                // a quoted field runs to the quote that is not doubled
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        throw new CsvSyntaxException(recordStart);
                    }
                    char q = text.charAt(j);
                    if (q == '"' && j + 1 < text.length() && text.charAt(j + 1) == '"') {
                        field.append('"');
                        j += 2;
                    } else if (q == '"') {
                        j++;
                        break;
                    } else {
                        if (q == '\n') {
                            line++;
                        }
                        field.append(q);
                        j++;
                    }
                }
                i = j;
                continue;
            }
            if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addRecord(lines, recordStart, fields);
                fields.clear();
                line++;
                recordStart = line;
            } else if (ch != '\r') {
                field.append(ch);
            }
            i++;
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(lines, recordStart, fields);
        }
        return lines;
    }

    private static void addRecord(List<Line> lines, int recordStart, List<String> fields) {
        if (!fields.stream().allMatch(String::isBlank)) {
            lines.add(new Line(recordStart, List.copyOf(fields)));
        }
    }

    /** Writes the byte order mark, the header and the rows, each line ended by a line feed. */
    public static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        out.write(BOM);
        writeLine(out, header);
        for (List<String> row : rows) {
            writeLine(out, row);
        }
        out.flush();
    }

    private static void writeLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A quoted field that is never closed; reported with the line the record starts on. */
    public static final class CsvSyntaxException extends IOException {
        private final int line;

        CsvSyntaxException(int line) {
            super("Unclosed quote in the record starting on line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
