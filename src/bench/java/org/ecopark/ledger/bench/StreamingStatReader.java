package org.ecopark.ledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.ecopark.ledger.logic.collection.TemplateLayout;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The floor of reading a workbook: POI's SAX event reader over the values sheet, keeping the credit
 * code, metric code and value of each row and checking nothing.
 */
final class StreamingStatReader {

    /** One row of the values sheet. */
    record Row(String uscc, String metricCode, BigDecimal value) {
    }

    private StreamingStatReader() {
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Collector(rows), new RawNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("Cannot read " + file, e);
        }
        return rows;
    }

    /** Numbers as stored, not as the cell's format shows them. */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return Double.toString(value);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Row> rows;
        private final Map<Integer, String> cells = new HashMap<>();

        Collector(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            String value = cells.get(TemplateLayout.COL_VALUE);
            if (rowNum >= TemplateLayout.FIRST_DATA_ROW && value != null) {
                rows.add(new Row(cells.get(TemplateLayout.COL_USCC), cells.get(TemplateLayout.COL_METRIC_CODE),
                        new BigDecimal(value)));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            cells.put((int) new CellReference(reference).getCol(), formattedValue);
        }
    }
}
