package org.ecopark.ledger.logic.collection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file (RFC 4180) row by row as text cells. Excel on a Chinese Windows saves CSV in GBK
 * unless told otherwise, other programs in UTF-8, so the encoding is told from the start of the file:
 * a UTF-8 byte order mark or valid UTF-8, else GB18030 (a superset of GBK).
 */
final class CsvRows {

    private static final int SAMPLE = 64 * 1024;
    private static final char BOM = '\uFEFF';

    private CsvRows() {
    }

    /**
     * @throws WorkbookRefusedException when a row has a field or more fields than a sheet can hold (an unclosed
     *                                  quote makes the rest of the file one field)
     */
    static void stream(Path file, SheetStreamer.RowHandler handler) throws IOException, WorkbookRefusedException {
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset(file)))) {
            parse(reader, handler);
        } catch (SheetStreamer.Refusal e) {
            Object[] args = new Object[e.args().length + 1];
            args[0] = InputFiles.name(file);
            System.arraycopy(e.args(), 0, args, 1, e.args().length);
            throw new WorkbookRefusedException(e.messageKey(), args);
        }
    }

    static Charset charset(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        int length = sample.length;
        // a sample cut inside a multi-byte character is still UTF-8: drop up to three trailing bytes
        for (int cut = 0; cut <= Math.min(3, length); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, length - cut));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                if (length < SAMPLE) {
                    break; // the whole file was read: no cut to excuse
                }
            }
        }
        return Charset.forName("GB18030");
    }

    static void parse(Reader reader, SheetStreamer.RowHandler handler) throws IOException {
        List<SheetCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        boolean first = true;
        int ch;
        while ((ch = reader.read()) != -1) {
            if (first) {
                first = false;
                if (ch == BOM) {
                    continue;
                }
            }
            checkLength(field, row);
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                if (cells.size() + 1 >= SheetStreamer.MAX_COLUMNS) {
                    throw new SheetStreamer.Refusal("collection.refused.csvTooManyColumns", row + 1, SheetStreamer.MAX_COLUMNS);
                }
                cells.add(SheetCell.text(row, cells.size(), field.toString()));
                field.setLength(0);
                fieldStarted = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                row = endRow(handler, cells, field, row, fieldStarted);
                fieldStarted = false;
            } else {
                field.append((char) ch);
                fieldStarted = true;
            }
        }
        checkLength(field, row);
        endRow(handler, cells, field, row, fieldStarted);
    }

    private static void checkLength(StringBuilder field, int row) {
        if (field.length() > SheetStreamer.MAX_CELL_CHARS) {
            throw new SheetStreamer.Refusal("collection.refused.csvFieldTooLong", row + 1, SheetStreamer.MAX_CELL_CHARS);
        }
    }

    /** Hands over the row unless it is blank (an edited file often ends with blank lines); returns the next row's index. */
    private static int endRow(SheetStreamer.RowHandler handler, List<SheetCell> cells, StringBuilder field, int row,
                              boolean fieldStarted) {
        if (fieldStarted || !cells.isEmpty()) {
            cells.add(SheetCell.text(row, cells.size(), field.toString()));
        }
        field.setLength(0);
        List<SheetCell> values = cells.stream().filter(cell -> !cell.isBlank()).toList();
        if (!values.isEmpty()) {
            handler.row(row, values);
        }
        cells.clear();
        return row + 1;
    }
}
