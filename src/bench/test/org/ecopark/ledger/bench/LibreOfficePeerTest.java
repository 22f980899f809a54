package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibreOfficePeerTest {

    @TempDir
    Path folder;

    @Test
    void theConvertedFilesAreReadFromWhatSofficeSays() {
        List<String> output = List.of(
                "convert /w/SYN1_2026-01.xlsx as a Calc document -> /out/SYN1_2026-01.csv using filter : Text - txt - csv (StarCalc)",
                "Warning: failed to launch javaldx - java may not function correctly",
                "convert /w/SYN1_2026-02.xlsx -> /out/SYN1_2026-02.csv using filter : Text - txt - csv (StarCalc)",
                "Error: source file could not be loaded");

        assertThat(LibreOfficePeer.converted(output)).containsExactly(Path.of("/out/SYN1_2026-01.csv"),
                Path.of("/out/SYN1_2026-02.csv"));
    }

    @Test
    void withoutSofficeOnThePathThereIsNoPeer() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("bin"));
        Files.writeString(empty.resolve("soffice"), "not a program"); // not executable: not a program to run

        Optional<Path> found = LibreOfficePeer.find(Map.of("PATH", empty.toString()));

        assertThat(found).isEmpty();
    }

    @Test
    void aSofficeThatConvertsNothingIsAFailureNotAFigure() throws IOException {
        Path fake = folder.resolve("soffice");
        Files.writeString(fake, "#!/bin/sh\necho 'Error: source file could not be loaded'\n");
        assumeTrue(fake.toFile().setExecutable(true) && Files.exists(Path.of("/bin/sh")), "a shell to fake soffice with");
        LibreOfficePeer peer = new LibreOfficePeer(fake, folder.resolve("peer"));

        assertThatThrownBy(() -> peer.time(List.of(workbook("a.xlsx")))).hasMessageContaining("converted 0 of 1 workbooks");
    }

    @Test
    void libreOfficeConvertsTheFirstSheetOfEveryWorkbookInOneProcess() throws Exception {
        Optional<Path> soffice = LibreOfficePeer.find(System.getenv());
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        LibreOfficePeer peer = new LibreOfficePeer(soffice.get(), folder.resolve("peer"));
        List<Path> workbooks = List.of(workbook("a.xlsx"), workbook("b.xlsx"));

        peer.prepare(workbooks);
        double millis = peer.time(workbooks);

        assertThat(millis).isPositive();
        assertThat(Files.readString(folder.resolve("peer/csv/a.csv"))).contains("values row").doesNotContain("meta row");
        assertThat(folder.resolve("peer/csv/b.csv")).exists();
    }

    /** A workbook of two sheets, as the templates are: the values first, then the meta data. */
    private Path workbook(String name) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("values").createRow(0).createCell(0).setCellValue("values row");
            workbook.createSheet("meta").createRow(0).createCell(0).setCellValue("meta row");
            workbook.write(out);
        }
        return file;
    }
}
