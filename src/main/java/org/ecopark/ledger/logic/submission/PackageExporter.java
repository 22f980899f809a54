package org.ecopark.ledger.logic.submission;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a submission package: one .zip holding the workbook, the PDF report, data.json and the manifest
 * with the SHA-256 of the other three. Each part is written to a temporary folder first (a large park's
 * files are tens of megabytes, so nothing is held in memory), then zipped through {@link DurableFiles}: the
 * package is on the disk under its name before the export returns, and a cancelled or failed export leaves no
 * half package behind.
 */
public final class PackageExporter {

    public static final String WORKBOOK = "workbook.xlsx";
    public static final String REPORT = "report.pdf";
    public static final String DATA = "data.json";
    /** The ledger's signature of manifest.json's exact bytes. */
    public static final String SIGNATURE = DetachedSignature.FILE_NAME;

    private static final Logger LOGGER = LoggerFactory.getLogger(PackageExporter.class);

    private final PackageCollector collector;
    private final SigningKeys keys;

    /** @param keys the ledger's key, which signs every package */
    public PackageExporter(UnitOfWork unitOfWork, EvaluationService evaluation, SigningKeys keys) {
        this.collector = new PackageCollector(unitOfWork, evaluation);
        this.keys = keys;
    }

    /** What an export wrote. */
    public record Result(Path file, String sha256, long size, Manifest manifest, int reportPages, Duration took) {
    }

    /**
     * @throws PackageException        when the park is unknown, no Chinese font exists, or a file cannot be written
     * @throws ExportCancelledException when {@code cancelled} turned true; nothing is left behind
     */
    public Result export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled) {
        long startedAt = System.nanoTime();
        Instant created = Instant.now().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        PdfFonts.font(); // a missing font fails before minutes of work, not after
        LedgerKey key = keys.key();
        PackageData data = collector.collect(request, created, key.fingerprint().text(), progress.part(0, 0.3),
                cancelled);
        // the workbook, the report and their sheet titles are the official submission: Chinese, whatever the screen's
        List<DataTable> tables = I18n.inChinese(() -> PackageTables.build(data));
        Path work = null;
        try {
            work = Files.createTempDirectory("ecopark-package");
            int pages;
            Manifest.FileEntry report;
            try (Hashing out = new Hashing(work.resolve(REPORT))) {
                ExportProgress step = progress.part(0.3, 0.5).saying(I18n.tr("submission.progress.pdf"));
                pages = I18n.inChinese(() -> new PdfReport().write(data, out.stream(), step, cancelled));
                report = out.entry(REPORT);
            }
            Map<String, Integer> sheets;
            Map<String, Integer> tableCounts;
            Manifest.FileEntry dataFile;
            Manifest.FileEntry workbookFile;
            try (PackageWorkbook workbook = new PackageWorkbook()) {
                try (Hashing out = new Hashing(work.resolve(DATA)); DataJson json = new DataJson(data, tables, out.stream())) {
                    ExportProgress step = progress.part(0.5, 0.85).saying(I18n.tr("submission.progress.workbook"));
                    I18n.inChinese(() -> writeTables(data, tables, workbook, json, step, cancelled));
                    tableCounts = json.finish();
                    json.close();
                    dataFile = out.entry(DATA);
                }
                progress.update(0.85, I18n.tr("submission.progress.data"));
                try (Hashing out = new Hashing(work.resolve(WORKBOOK))) {
                    workbook.write(out.stream());
                    workbookFile = out.entry(WORKBOOK);
                }
                sheets = workbook.rowCounts();
            }
            List<Manifest.FileEntry> files = List.of(workbookFile, report, dataFile);
            ExportCancelledException.check(cancelled);
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, Manifest.PROGRAM, data.programVersion(),
                    PackageWorkbook.TEMPLATE_VERSION, new Manifest.ParkRef(data.park().code(), data.park().name()),
                    Manifest.PeriodRef.of(data.period()), data.asOf(), created,
                    new Manifest.RowCounts(sheets, tableCounts), data.warnings().size(), files,
                    new Manifest.Signer(key.algorithm(), key.fingerprint().text()));
            try (OutputStream out = Files.newOutputStream(work.resolve(Manifest.FILE_NAME))) {
                manifest.write(out);
            }
            // the signature covers the manifest's bytes as written, which name every other file's hash and size
            Files.write(work.resolve(SIGNATURE),
                    DetachedSignature.sign(key, Files.readAllBytes(work.resolve(Manifest.FILE_NAME))).toJson());
            progress.update(0.95, I18n.tr("submission.progress.zip"));
            Path target = request.out().toAbsolutePath();
            MessageDigest zipDigest = sha256();
            Path parts = work;
            DurableFiles.write(target, out -> {
                zip(parts, new DigestOutputStream(out, zipDigest), created);
                ExportCancelledException.check(cancelled); // a cancel up to here leaves the earlier file, if any
            });
            String sha256 = HexFormat.of().formatHex(zipDigest.digest());
            long size = Files.size(target);
            progress.update(1, I18n.tr("submission.progress.done"));
            Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
            LOGGER.info("Exported {} {} to {} ({} bytes, {} ms)", data.park().code(), data.period().code(), target, size,
                    took.toMillis());
            return new Result(target, sha256, size, manifest, pages, took);
        } catch (IOException e) {
            throw new PackageException(I18n.tr("submission.error.write", request.out(), String.valueOf(e.getMessage())), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Writes the workbook's cover, then each table's rows once into both its sheet and data.json's table: the rows of
     * a large park's statistics are read from the ledger as they are written, never held.
     */
    private static Void writeTables(PackageData data, List<DataTable> tables, PackageWorkbook workbook, DataJson json,
                                    ExportProgress progress, BooleanSupplier cancelled) throws IOException {
        workbook.cover(data);
        for (int i = 0; i < tables.size(); i++) {
            ExportCancelledException.check(cancelled);
            DataTable table = tables.get(i);
            PackageWorkbook.TableSheet sheet = workbook.sheet(table);
            json.startTable(table);
            int[] written = {0};
            try {
                table.rows().forEach(row -> {
                    if (++written[0] % 1000 == 0) {
                        ExportCancelledException.check(cancelled);
                    }
                    sheet.row(row);
                    try {
                        json.row(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            sheet.end();
            json.endTable();
            progress.update((double) (i + 1) / tables.size(), I18n.tr("submission.progress.workbook"));
        }
        return null;
    }

    /** Zips the five files in their fixed order, the manifest and its signature last. */
    private static void zip(Path folder, OutputStream out, Instant created) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String name : List.of(WORKBOOK, REPORT, DATA, Manifest.FILE_NAME, SIGNATURE)) {
                ZipEntry entry = new ZipEntry(name);
                entry.setLastModifiedTime(FileTime.from(created));
                zip.putNextEntry(entry);
                Files.copy(folder.resolve(name), zip);
                zip.closeEntry();
            }
        }
    }

    /** The lower-case hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Could not delete {}", file, e);
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(PackageExporter::deleteQuietly);
        } catch (IOException e) {
            LOGGER.warn("Could not delete {}", folder, e);
        }
    }

    /** A file written through a SHA-256 digest, so that hashing costs no second read. */
    private static final class Hashing implements AutoCloseable {
        private final MessageDigest digest = sha256();
        private final Path path;
        private final OutputStream file;
        private final DigestOutputStream stream;
        private boolean closed;

        Hashing(Path path) throws IOException {
            this.path = path;
            file = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
            stream = new DigestOutputStream(file, digest);
        }

        OutputStream stream() {
            return stream;
        }

        /** Closes the file and names its hash and size. */
        Manifest.FileEntry entry(String name) throws IOException {
            close();
            return new Manifest.FileEntry(name, HexFormat.of().formatHex(digest.digest()), Files.size(path));
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                stream.flush();
                file.close();
            }
        }
    }
}
