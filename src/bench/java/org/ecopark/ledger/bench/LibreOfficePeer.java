package org.ecopark.ledger.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The import's peer, for comparison only (no budget): LibreOffice converting the same workbooks to CSV, headless, all
 * of them in one {@code soffice} process. It only reads each workbook and writes its first sheet, the values sheet
 * that holds the statistics rows (the hidden sheet of the template's meta data is not converted); it checks and
 * stores nothing. Its profile is made once, by an untimed conversion, so that no run pays for LibreOffice's first
 * start with a fresh profile.
 */
final class LibreOfficePeer {

    static final String NAME = "LibreOffice headless, the same workbooks to CSV (read only)";
    private static final String CONVERTED = " -> ";
    private static final String FILTER = " using filter";
    private static final long TIMEOUT_MINUTES = 30;

    private final Path soffice;
    private final Path folder;

    /**
     * @param soffice LibreOffice's program
     * @param folder  where its profile, its CSV files and its log go
     */
    LibreOfficePeer(Path soffice, Path folder) {
        this.soffice = soffice;
        this.folder = folder;
    }

    /** {@code soffice} on the {@code PATH} of {@code environment}, or where LibreOffice installs it; empty when absent. */
    static Optional<Path> find(Map<String, String> environment) {
        List<Path> candidates = new ArrayList<>();
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isBlank()) {
                for (String name : List.of("soffice", "soffice.exe")) {
                    candidates.add(Path.of(directory, name));
                }
            }
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
        } else if (os.contains("mac")) {
            candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        }
        return candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /** Makes LibreOffice's profile: converts the first workbook, untimed. */
    void prepare(List<Path> workbooks) throws IOException, InterruptedException {
        convert(workbooks.subList(0, 1), folder.resolve("first-start"));
    }

    /** Converts every workbook in one process; returns the milliseconds it took, from its start to its end. */
    double time(List<Path> workbooks) throws IOException, InterruptedException {
        return convert(workbooks, folder.resolve("csv"));
    }

    private double convert(List<Path> workbooks, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "csv", "--outdir", out.toString()));
        workbooks.forEach(workbook -> command.add(workbook.toString()));
        Path log = folder.resolve("soffice.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in " + TIMEOUT_MINUTES + " minutes; see " + log);
        }
        double millis = Samples.millisSince(start);
        List<Path> converted = converted(Files.readAllLines(log, StandardCharsets.UTF_8));
        if (process.exitValue() != 0 || converted.size() != workbooks.size()
                || !converted.stream().allMatch(LibreOfficePeer::hasContent)) {
            throw new IOException("soffice converted " + converted.size() + " of " + workbooks.size() + " workbooks (exit "
                    + process.exitValue() + "); see " + log);
        }
        return millis;
    }

    /**
     * The files soffice says it wrote, from its lines
     * {@code convert /w/a.xlsx as a Calc document -> /out/a.csv using filter : Text - txt - csv (StarCalc)}.
     */
    static List<Path> converted(List<String> output) {
        List<Path> files = new ArrayList<>();
        for (String line : output) {
            int arrow = line.indexOf(CONVERTED);
            int filter = line.indexOf(FILTER, arrow + 1);
            if (line.startsWith("convert ") && arrow > 0 && filter > arrow) {
                files.add(Path.of(line.substring(arrow + CONVERTED.length(), filter).strip()));
            }
        }
        return files;
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
