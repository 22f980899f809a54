package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {

    @TempDir
    Path folder;

    @Test
    void theContentArrivesUnderTheTargetNameInAFolderMadeForItAndNothingElseIsLeft() throws IOException {
        Path target = folder.resolve("报送").resolve("ZZSZ_2025.csv");

        DurableFiles.writeString(target, "\uFEFF目标,值\n");

        assertThat(target).hasContent("\uFEFF目标,值");
        assertThat(names(target.getParent())).containsExactly("ZZSZ_2025.csv");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWasAndNoPartOfTheNewOne() throws IOException {
        Path target = folder.resolve("template.xlsx");
        Files.writeString(target, "the earlier, complete file");

        assertThatThrownBy(() -> DurableFiles.write(target, out -> {
            out.write("half of a new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("the earlier, complete file");
        assertThat(names(folder)).containsExactly("template.xlsx");
    }

    @Test
    void aCancelThrownByTheContentLeavesNoFile() throws IOException {
        Path target = folder.resolve("package.zip");

        assertThatThrownBy(() -> DurableFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        assertThat(names(folder)).isEmpty();
    }

    @Test
    void aContentThatClosesItsStreamIsStillWrittenWhole() throws IOException {
        Path target = folder.resolve("package.zip");

        DurableFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("data.json"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        });

        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(target))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("data.json");
            assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
        }
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path target = folder.resolve("targets.txt");
        Files.writeString(target, "old and longer than the new one");

        DurableFiles.writeString(target, "new");

        assertThat(target).hasContent("new");
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
