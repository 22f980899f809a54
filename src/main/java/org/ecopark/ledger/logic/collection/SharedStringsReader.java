package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.ecopark.ledger.logic.Excerpt;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings, as POI's {@code ReadOnlySharedStringsTable} reads them (the text runs of
 * each item, phonetic guides left out), but through the same parser settings as the sheets: no document
 * type at all, and no item longer than a cell can hold.
 */
final class SharedStringsReader extends DefaultHandler {

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // nothing a warning of a non-validating parser says changes what is read
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder item = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsReader() {
    }

    static List<String> read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        SharedStringsReader handler = new SharedStringsReader();
        XMLReader xml = parser();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
        return handler.strings;
    }

    /**
     * POI's hardened reader, and no document type: Excel never writes one, and a DOCTYPE is where entity
     * tricks (external entities, billion laughs) start. A parse error is thrown, not logged: POI's own
     * handler logs it as an ERROR, but a damaged file is the file's refusal, logged as such by the import.
     */
    static XMLReader parser() throws SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        xml.setErrorHandler(THROWING);
        return xml;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> item.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // runs and their properties only wrap the text
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(item.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            if (item.length() + length > SheetStreamer.MAX_CELL_CHARS) {
                throw new SheetStreamer.Refusal("collection.refused.stringTooLong", strings.size() + 1,
                        SheetStreamer.MAX_CELL_CHARS, Excerpt.of(item.toString()));
            }
            item.append(ch, start, length);
        }
    }
}
