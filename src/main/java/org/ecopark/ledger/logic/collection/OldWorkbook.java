package org.ecopark.ledger.logic.collection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An old Excel workbook (.xls) read for a list import, since a park office's own enterprise list is often one. Its
 * cells come out as {@link SafeWorkbook}'s do (the value as stored: a number, a text, a formula), so the list is
 * checked the same way. POI reads an .xls whole into memory, so a smaller file is taken than an .xlsx; templates and
 * returned workbooks stay .xlsx.
 */
final class OldWorkbook implements AutoCloseable {

    /** Read whole into memory: a list of thousands of rows is far under this. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final List<String> WORKBOOK_ENTRIES = List.of("Workbook", "WORKBOOK", "BOOK");

    private final POIFSFileSystem files;
    private final HSSFWorkbook workbook;

    private OldWorkbook(POIFSFileSystem files, HSSFWorkbook workbook) {
        this.files = files;
        this.workbook = workbook;
    }

    /** Whether the file is an old workbook (an encrypted .xlsx is a compound file too, but holds no workbook stream). */
    static boolean is(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            if (FileMagic.valueOf(in) != FileMagic.OLE2) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false; // not readable as one: the usual checks say why
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return WORKBOOK_ENTRIES.stream().anyMatch(fs.getRoot()::hasEntry);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * @throws WorkbookRefusedException for a file too large to read whole, one with a password, one from before Excel
     *                                  97, or a damaged one
     */
    static OldWorkbook open(Path file) throws WorkbookRefusedException {
        String name = InputFiles.name(file);
        InputFiles.check(file, SafeWorkbook.MAX_FILE_BYTES);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new WorkbookRefusedException("collection.refused.oldFormat", name);
            }
        } catch (IOException e) {
            throw SafeWorkbook.damaged(e, name);
        }
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            return new OldWorkbook(fs, new HSSFWorkbook(fs.getRoot(), true));
        } catch (EncryptedDocumentException e) {
            close(fs);
            throw new WorkbookRefusedException(e, "collection.refused.password", name);
        } catch (OldExcelFormatException e) {
            close(fs);
            throw new WorkbookRefusedException(e, "collection.refused.oldFormat", name);
        } catch (Exception | OutOfMemoryError e) {
            close(fs);
            throw SafeWorkbook.damaged(e, name);
        }
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    /** Hands each row with a value to {@code handler}, in order, as the .xlsx streamer does. */
    void stream(String sheetName, SheetStreamer.RowHandler handler) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            return;
        }
        for (Row row : sheet) {
            List<SheetCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                SheetCell read = read(cell);
                if (read != null) {
                    cells.add(read);
                }
            }
            if (!cells.isEmpty()) {
                handler.row(row.getRowNum(), cells);
            }
        }
    }

    private static SheetCell read(Cell cell) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (cell.getCellType()) {
            case NUMERIC -> new SheetCell(row, column, SheetCell.Kind.NUMBER,
                    NumberToTextConverter.toText(cell.getNumericCellValue()));
            case STRING -> new SheetCell(row, column, SheetCell.Kind.TEXT, cell.getStringCellValue());
            case FORMULA -> new SheetCell(row, column, SheetCell.Kind.FORMULA, cell.getCellFormula());
            case BOOLEAN -> new SheetCell(row, column, SheetCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new SheetCell(row, column, SheetCell.Kind.ERROR, ErrorEval.getText(cell.getErrorCellValue()));
            default -> null; // blank
        };
    }

    @Override
    public void close() {
        close(files);
    }

    private static void close(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException e) {
                // read-only: nothing was to be written back
            }
        }
    }
}
