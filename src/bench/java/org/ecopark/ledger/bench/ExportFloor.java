package org.ecopark.ledger.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.KeptOpen;
import org.ecopark.ledger.logic.submission.Manifest;
import org.ecopark.ledger.logic.submission.PackageExporter;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The floor of the export: the least that writes the same package. The year's statistics (almost all of the
 * package's bytes) are read with one plain JDBC query and written, in the same pass, as the rows of an SXSSF sheet
 * and as data.json's statistics table with a plain Jackson streaming writer; the workbook's other sheets are written
 * with SXSSF from their cells as the product's workbook holds them (read before the timing, the cheapest source);
 * data.json's other parts are its bytes as the product wrote them. The zip then holds the workbook, the PDF report,
 * data.json, the manifest and its signature in the product's order, each hashed as it is written, and is forced onto
 * the disk before it takes its name, as the product's package is ({@link DurableFiles}). The PDF, the
 * manifest and the signature are the product's own bytes: the floor only zips them (drawing the report and signing
 * are not part of it).
 *
 * <p>{@link #prepare} takes the parts from a package the product wrote; {@link #write} is what is timed, and
 * {@link #dataSha256()} lets the scenario check that the floor wrote data.json's exact bytes.
 */
final class ExportFloor {

    static final String NAME = "export floor: the same rows with SXSSF + the same JSON + zip forced to disk (the product's PDF zipped as is)";

    private static final String[] JSON_KEYS = {"uscc", "enterpriseName", "metricCode", "metricName", "periodType",
            "period", "periodStart", "periodEnd", "value", "unit", "source"};
    private static final String WORKBOOK = PackageExporter.WORKBOOK;
    private static final String REPORT = PackageExporter.REPORT;
    private static final String DATA = PackageExporter.DATA;
    private static final String MANIFEST = Manifest.FILE_NAME;
    private static final String SIGNATURE = PackageExporter.SIGNATURE;
    private static final int WINDOW = 100;
    private static final byte[] TABLE_KEY = "\"statistics\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_KEY = ",\"patents\":".getBytes(StandardCharsets.US_ASCII);

    private final Path parts;
    private final String statisticsSheet;
    /** Every sheet's rows of cells in the product's order; the statistics sheet holds its header only. */
    private final Map<String, List<List<String>>> sheets;
    private final String dataSha256;
    private final Map<String, String> labels = new HashMap<>();
    private String writtenDataSha256;

    private ExportFloor(Path parts, String statisticsSheet, Map<String, List<List<String>>> sheets, String dataSha256) {
        this.parts = parts;
        this.statisticsSheet = statisticsSheet;
        this.sheets = sheets;
        this.dataSha256 = dataSha256;
    }

    /** Takes the parts the floor does not write from {@code productPackage}, into {@code parts}. Not timed. */
    static ExportFloor prepare(Path productPackage, Path parts) throws IOException {
        Files.createDirectories(parts);
        String statisticsSheet = I18n.inChinese(() -> I18n.tr("submission.sheet.statistics"));
        String dataSha256;
        try (ZipFile zip = new ZipFile(productPackage.toFile(), StandardCharsets.UTF_8)) {
            for (String name : List.of(WORKBOOK, REPORT, DATA, MANIFEST, SIGNATURE)) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new IOException("The product's package has no " + name);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, parts.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        dataSha256 = PackageExporter.sha256(parts.resolve(DATA));
        splitData(parts);
        Map<String, List<List<String>>> sheets = readSheets(parts.resolve(WORKBOOK), statisticsSheet);
        if (!sheets.containsKey(statisticsSheet)) {
            throw new IOException("The product's workbook has no sheet " + statisticsSheet);
        }
        return new ExportFloor(parts, statisticsSheet, sheets, dataSha256);
    }

    /** The lower-case hex SHA-256 of data.json as the product wrote it. */
    String productDataSha256() {
        return dataSha256;
    }

    /** The SHA-256 of the data.json the last {@link #write} zipped. */
    String dataSha256() {
        return writtenDataSha256;
    }

    /** Writes the package to {@code out}; returns milliseconds. */
    double write(Database database, String parkCode, LocalDate start, LocalDate end, Path out) throws IOException {
        long started = System.nanoTime();
        Path json = parts.resolve("floor-" + DATA);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook);
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                Sheet written = workbook.createSheet(sheet.getKey());
                int r = 0;
                for (List<String> cells : sheet.getValue()) {
                    Row row = written.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
                if (sheet.getKey().equals(statisticsSheet)) {
                    try (OutputStream data = new BufferedOutputStream(Files.newOutputStream(json), 64 * 1024)) {
                        Files.copy(parts.resolve("head-" + DATA), data);
                        statistics(database, parkCode, start, end, written, styles, data);
                        Files.copy(parts.resolve("tail-" + DATA), data);
                    }
                }
            }
            MessageDigest dataDigest = sha256Digest();
            // forced onto the disk before it takes its name, as the product's package is (DurableFiles)
            DurableFiles.write(out, stream -> {
                try (ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
                    OutputStream entry = new DigestOutputStream(new KeptOpen(zip), sha256Digest());
                    zip.putNextEntry(new ZipEntry(WORKBOOK));
                    workbook.write(entry);
                    zip.closeEntry();
                    for (String name : List.of(REPORT, DATA, MANIFEST, SIGNATURE)) {
                        Path file = name.equals(DATA) ? json : parts.resolve(name);
                        zip.putNextEntry(new ZipEntry(name));
                        Files.copy(file, new DigestOutputStream(new KeptOpen(zip),
                                name.equals(DATA) ? dataDigest : sha256Digest()));
                        zip.closeEntry();
                    }
                }
            });
            writtenDataSha256 = HexFormat.of().formatHex(dataDigest.digest());
        } finally {
            Files.deleteIfExists(json);
        }
        return Samples.millisSince(started);
    }

    /** One query; each row becomes a sheet row and a data.json object. */
    private void statistics(Database database, String parkCode, LocalDate start, LocalDate end, Sheet sheet,
                            Styles styles, OutputStream data) throws IOException {
        JsonFactory factory = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator json = factory.createGenerator(data, JsonEncoding.UTF8)) {
            json.writeStartArray();
            int[] r = {1};
            new SqlFloors(database).packageStats(parkCode, start, end, stat -> {
                StatPeriod period = new StatPeriod(PeriodType.valueOf(stat.periodType()), stat.periodStart());
                Object[] values = {stat.uscc(), stat.enterpriseName(), stat.metricCode(), stat.metricName(),
                    stat.periodType(), period.code(), period.start(), period.end(), stat.value().stripTrailingZeros(),
                    stat.unit(), stat.source()};
                Row row = sheet.createRow(r[0]++);
                try {
                    json.writeStartObject();
                    for (int c = 0; c < values.length; c++) {
                        cell(row, c, values[c], styles, json);
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
        }
    }

    private void cell(Row row, int c, Object v, Styles styles, JsonGenerator json) throws IOException {
        var cell = row.createCell(c);
        if (v == null) {
            cell.setCellStyle(styles.text);
            json.writeNullField(JSON_KEYS[c]);
        } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.number);
            json.writeNumberField(JSON_KEYS[c], d);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
            json.writeStringField(JSON_KEYS[c], d.toString());
        } else {
            String text = (String) v;
            String shown = c == 4 ? label("records.periodType." + text)
                    : c == 10 ? label("submission.code.source." + text) : text;
            cell.setCellValue(shown);
            cell.setCellStyle(styles.text);
            json.writeStringField(JSON_KEYS[c], text);
        }
    }

    private String label(String key) {
        return labels.computeIfAbsent(key, k -> I18n.inChinese(() -> I18n.tr(k)));
    }

    /** The cell styles the product's data sheets use, one of each kind. */
    private static final class Styles {
        private final CellStyle text;
        private final CellStyle number;
        private final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            text = workbook.createCellStyle();
            number = workbook.createCellStyle();
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }

    /**
     * Splits data.json around the statistics table's rows: head- up to its key, tail- from the next table's key on.
     * Its keys are the only unescaped {@code "statistics":} in the file, once in "columns", then in "tables".
     */
    private static void splitData(Path parts) throws IOException {
        Path data = parts.resolve(DATA);
        long tableStart = find(data, TABLE_KEY, 2, 0);
        long tableEnd = find(data, NEXT_KEY, 1, tableStart);
        if (tableStart < 0 || tableEnd < 0) {
            throw new IOException("data.json has no statistics table followed by the patents");
        }
        try (var channel = java.nio.channels.FileChannel.open(data);
             var head = java.nio.channels.FileChannel.open(parts.resolve("head-" + DATA), java.nio.file.StandardOpenOption.CREATE,
                     java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
             var tail = java.nio.channels.FileChannel.open(parts.resolve("tail-" + DATA), java.nio.file.StandardOpenOption.CREATE,
                     java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            transfer(channel, 0, tableStart, head);
            transfer(channel, tableEnd, channel.size() - tableEnd, tail);
        }
    }

    private static void transfer(java.nio.channels.FileChannel from, long position, long count,
                                 java.nio.channels.FileChannel to) throws IOException {
        long done = 0;
        while (done < count) {
            done += from.transferTo(position + done, count - done, to);
        }
    }

    /** The offset just after the {@code occurrence}-th match of {@code pattern} from {@code from} (for NEXT_KEY: at it). */
    private static long find(Path file, byte[] pattern, int occurrence, long from) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(from);
            long position = from;
            int matched = 0;
            int seen = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                position++;
                matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    if (++seen == occurrence) {
                        return pattern == NEXT_KEY ? position - pattern.length : position;
                    }
                    matched = 0;
                }
            }
            return -1;
        }
    }

    /** Every sheet's cells as text, in order; of the statistics sheet only the header row. */
    private static Map<String, List<List<String>>> readSheets(Path workbook, String statisticsSheet) throws IOException {
        Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    List<List<String>> rows = new ArrayList<>();
                    sheets.put(iterator.getSheetName(), rows);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new Cells(rows, iterator.getSheetName().equals(statisticsSheet) ? 1 : Integer.MAX_VALUE), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("Cannot read " + workbook, e);
        }
        return sheets;
    }

    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows;
        private final int wanted;
        private TreeMap<Integer, String> cells = new TreeMap<>();

        Cells(List<List<String>> rows, int wanted) {
            this.rows = rows;
            this.wanted = wanted;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum < wanted) {
                List<String> row = new ArrayList<>();
                int last = cells.isEmpty() ? -1 : cells.lastKey();
                for (int c = 0; c <= last; c++) {
                    row.add(cells.getOrDefault(c, ""));
                }
                rows.add(row);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            cells.put(new org.apache.poi.ss.util.CellReference(reference).getCol() & 0xFFFF, formattedValue);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
