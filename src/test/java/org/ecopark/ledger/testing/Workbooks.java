package org.ecopark.ledger.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks filled in as an enterprise fills in a template: with POI's full model, which is fine in a test. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Opens the workbook, lets {@code edit} change it, saves it back. */
    public static Path edit(Path file, Consumer<XSSFWorkbook> edit) {
        try {
            XSSFWorkbook workbook;
            try (InputStream in = Files.newInputStream(file)) {
                workbook = new XSSFWorkbook(in);
            }
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
