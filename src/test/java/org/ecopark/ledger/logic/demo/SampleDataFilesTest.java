package org.ecopark.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ecopark.ledger.logic.demo.writer.DemoDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo exists twice: in {@code sample-data/} for people to read, and in the program's resources for
 * the jar. Both must be the same bytes, and both must be what the writer makes, so neither can drift.
 */
class SampleDataFilesTest {

    private static final Path SAMPLE_DATA = Path.of("sample-data/zaozhuang-shizhong");
    private static final Path BUNDLED = Path.of("src/main/resources/demo/zaozhuang-shizhong");

    @Test
    void theSampleDataFolderHoldsTheSameFilesAsTheProgram() throws IOException {
        assertThat(names(SAMPLE_DATA)).containsExactlyInAnyOrderElementsOf(DemoFiles.HEADERS.keySet());
        assertThat(names(BUNDLED)).containsExactlyInAnyOrderElementsOf(DemoFiles.HEADERS.keySet());
        for (String file : DemoFiles.HEADERS.keySet()) {
            assertThat(Files.readAllBytes(SAMPLE_DATA.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(BUNDLED.resolve(file)));
        }
    }

    @Test
    void theWriterReproducesTheCommittedFilesByteForByte(@TempDir Path folder) throws IOException {
        DemoDataWriter.write(folder);

        for (String file : DemoFiles.HEADERS.keySet()) {
            assertThat(Files.readAllBytes(folder.resolve(file))).as(file).isEqualTo(Files.readAllBytes(BUNDLED.resolve(file)));
        }
    }

    @Test
    void everyFileStartsWithAByteOrderMarkAndItsHeader() throws IOException {
        for (var entry : DemoFiles.HEADERS.entrySet()) {
            String text = Files.readString(BUNDLED.resolve(entry.getKey()));
            assertThat(text).as(entry.getKey()).startsWith("\uFEFF" + String.join(",", entry.getValue()) + "\n");
        }
    }

    @Test
    void theReadmeDescribesEveryFile() throws IOException {
        String readme = Files.readString(Path.of("sample-data/README.md"));

        assertThat(DemoFiles.HEADERS.keySet()).allSatisfy(file -> assertThat(readme).contains(file));
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
