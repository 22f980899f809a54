package org.ecopark.ledger.logic.collection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.ecopark.ledger.logic.Excerpt;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Opens an .xlsx file that came from outside for streaming reads, refusing what should not be opened:
 * a file that is not a workbook, an old .xls, a password-protected or damaged file, and a file too large
 * or one that inflates like a zip bomb. The limits are POI's own guards, set once for the program; a
 * breach of any of them becomes one plain message instead of a stack trace or an exhausted heap.
 */
public final class SafeWorkbook implements AutoCloseable {

    /** Larger than any real collection workbook or list (100,000 rows of a list is about 5 MB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** A sheet's XML may inflate to this; 100,000 rows of a list take about 30 MB. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    /** A real sheet compresses to 5-20 % of its size; a bomb to far under 1 %. POI's default, stated. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The shared strings are held in memory as a whole; 100,000 rows of a list need about 20 MB of them. */
    static final long MAX_STRINGS_BYTES = 128L * 1024 * 1024;
    /** The largest single array POI may allocate while reading (shared strings, pictures). */
    static final int MAX_BYTE_ARRAY = 256 * 1024 * 1024;
    /** The entry an encrypted OOXML file keeps its encryption header in (MS-OFFCRYPTO). */
    private static final String ENCRYPTION_INFO = "EncryptionInfo";
    private static final Set<String> BOMB_HINTS = Set.of("zip bomb", "max. ratio", "exceed the max", "maximum length",
            "tried to allocate", "max file count", "max text size");

    static {
        applyLimits();
    }

    private final OPCPackage pkg;
    private final List<String> strings;
    private final Map<String, PackagePart> sheets;
    private final String fileName;

    private SafeWorkbook(OPCPackage pkg, List<String> strings, Map<String, PackagePart> sheets, String fileName) {
        this.pkg = pkg;
        this.strings = strings;
        this.sheets = sheets;
        this.fileName = fileName;
    }

    /** POI's limits against inflating and oversized files; they are global, so they are set here once. */
    static void applyLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    /**
     * @throws WorkbookRefusedException when the file is not an .xlsx workbook that can safely be read
     */
    public static SafeWorkbook open(Path file) throws WorkbookRefusedException {
        String name = InputFiles.name(file);
        InputFiles.check(file, MAX_FILE_BYTES);
        FileMagic magic = magic(file, name);
        if (magic == FileMagic.OLE2) {
            throw encryptedOrOld(file, name);
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookRefusedException("collection.refused.notWorkbook", name);
        }
        OPCPackage pkg = null;
        try {
            pkg = openPackage(file);
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(pkg);
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                iterator.next().close();
                if (sheets.putIfAbsent(iterator.getSheetName(), iterator.getSheetPart()) != null) {
                    throw new WorkbookRefusedException("collection.refused.sheetTwice", name, Excerpt.of(iterator.getSheetName()));
                }
            }
            return new SafeWorkbook(pkg, strings, sheets, name);
        } catch (WorkbookRefusedException e) {
            revert(pkg);
            throw e;
        } catch (SheetStreamer.Refusal e) {
            revert(pkg);
            Object[] args = new Object[e.args().length + 1];
            args[0] = name;
            System.arraycopy(e.args(), 0, args, 1, e.args().length);
            throw new WorkbookRefusedException(e.messageKey(), args);
        } catch (NotOfficeXmlFileException e) {
            revert(pkg);
            throw new WorkbookRefusedException(e, "collection.refused.notWorkbook", name);
        } catch (Exception | OutOfMemoryError e) {
            revert(pkg);
            throw damaged(e, name);
        }
    }

    /**
     * The package by its zip's central directory, which must be there. POI alone would read a zip without one
     * (cut short in transfer) entry by entry instead, and take a file that lost its end for a whole one.
     */
    private static OPCPackage openPackage(Path file) throws IOException, InvalidFormatException {
        ZipSecureFile zip = new ZipSecureFile(file.toFile());
        try {
            return OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    public String fileName() {
        return fileName;
    }

    /** The sheets by name, in workbook order, hidden ones included. */
    public Set<String> sheetNames() {
        return sheets.keySet();
    }

    public boolean hasSheet(String name) {
        return sheets.containsKey(name);
    }

    /**
     * Streams the rows of a sheet to the handler; the handler may throw (e.g. a cancellation) to stop.
     *
     * @throws WorkbookRefusedException when the sheet's XML is damaged or inflates beyond the limits
     */
    void stream(String sheetName, SheetStreamer.RowHandler handler) throws WorkbookRefusedException {
        PackagePart part = sheets.get(sheetName);
        if (part == null) {
            throw new WorkbookRefusedException("collection.refused.sheetMissing", fileName, Excerpt.of(sheetName));
        }
        try (CheckedEntryStream in = CheckedEntryStream.open(part, MAX_ENTRY_BYTES)) {
            XMLReader xml = SharedStringsReader.parser();
            xml.setContentHandler(new SheetStreamer(strings, handler));
            xml.parse(new InputSource(in.forParser()));
            in.finish();
        } catch (ImportCancelledException | RowLimitException e) {
            throw e;
        } catch (SheetStreamer.Refusal e) {
            Object[] args = new Object[e.args().length + 2];
            args[0] = fileName;
            args[1] = Excerpt.of(sheetName);
            System.arraycopy(e.args(), 0, args, 2, e.args().length);
            throw new WorkbookRefusedException(e.messageKey(), args);
        } catch (Exception | OutOfMemoryError e) {
            throw damaged(e, fileName);
        }
    }

    @Override
    public void close() {
        revert(pkg);
    }

    /** Thrown by a row handler to stop reading once it has what it needs. */
    static final class RowLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowLimitException() {
            super(null, null, false, false);
        }
    }

    /** The shared strings, read through the same checks as a sheet and with a tighter bound: they are all held in memory. */
    private static List<String> sharedStrings(OPCPackage pkg)
            throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        try (CheckedEntryStream in = CheckedEntryStream.open(parts.get(0), MAX_STRINGS_BYTES)) {
            List<String> strings = SharedStringsReader.read(in.forParser());
            in.finish();
            return strings;
        }
    }

    private static FileMagic magic(Path file, String name) throws WorkbookRefusedException {
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            return FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            // shorter than a file signature: empty or a few bytes
            throw new WorkbookRefusedException(e, "collection.refused.notWorkbook", name);
        }
    }

    /** An OLE2 file is either an encrypted .xlsx (its package wrapped in a compound file) or an old .xls. */
    private static WorkbookRefusedException encryptedOrOld(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(ENCRYPTION_INFO)) {
                return new WorkbookRefusedException("collection.refused.password", name);
            }
            return new WorkbookRefusedException("collection.refused.oldFormat", name);
        } catch (Exception e) {
            return damaged(e, name);
        }
    }

    /** A failure while opening or reading: a bomb when POI's guards say so, else a damaged file. */
    static WorkbookRefusedException damaged(Throwable error, String name) {
        if (error instanceof OutOfMemoryError) {
            return new WorkbookRefusedException(error, "collection.refused.zipBomb", name);
        }
        for (Throwable current = error; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof CheckedEntryStream.TooLarge) {
                return new WorkbookRefusedException(error, "collection.refused.zipBomb", name);
            }
            String message = current.getMessage() == null ? "" : current.getMessage().toLowerCase(Locale.ROOT);
            if (BOMB_HINTS.stream().anyMatch(message::contains)) {
                return new WorkbookRefusedException(error, "collection.refused.zipBomb", name);
            }
        }
        return new WorkbookRefusedException(error, "collection.refused.corrupt", name);
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert(); // read-only: closes the file without trying to save anything
        }
    }
}
