package org.ecopark.ledger.logic.demo.writer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.demo.Csv;
import org.ecopark.ledger.logic.demo.DemoFiles;

/**
 * Writes the demo park's CSV files. Deterministic: one seed, one order of draws, so running it again
 * gives the same bytes, which {@code SampleDataFilesTest} checks against the committed files.
 *
 * <p>Run from the project folder after {@code ./mvnw -q -o test-compile}:
 * <pre>java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.ecopark.ledger.logic.demo.writer.DemoDataWriter src/main/resources/demo/zaozhuang-shizhong sample-data/zaozhuang-shizhong</pre>
 */
public final class DemoDataWriter {

    private DemoDataWriter() {
    }

    public static void main(String[] args) throws IOException {
        for (String folder : args) {
            write(Path.of(folder));
        }
    }

    /** Every file's rows, in {@link DemoFiles#HEADERS} order. */
    public static Map<String, List<List<String>>> build() {
        DemoPark park = new DemoPark();
        DemoEnterprisesFile enterprises = new DemoEnterprisesFile(park);
        DemoActivities activities = new DemoActivities(park);
        DemoStandards standards = new DemoStandards(park);
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        files.put(DemoFiles.ENTERPRISES, enterprises.enterprises());
        files.put(DemoFiles.TITLES, enterprises.titles());
        files.put(DemoFiles.PROJECTS, activities.projects());
        files.put(DemoFiles.PROGRESS, activities.progress());
        files.put(DemoFiles.STAFF, new DemoPeople(park).staff());
        files.put(DemoFiles.PATENTS, new DemoPatents(park).patents());
        files.put(DemoFiles.STANDARDS, standards.standards());
        files.put(DemoFiles.PLATFORMS, standards.platforms());
        files.put(DemoFiles.EVENTS, activities.events());
        files.put(DemoFiles.STATISTICS, new DemoStatistics(park).statistics());
        return files;
    }

    public static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, List<List<String>>> file : build().entrySet()) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(file.getKey()), StandardCharsets.UTF_8)) {
                Csv.write(out, DemoFiles.HEADERS.get(file.getKey()), file.getValue());
            }
        }
    }
}
