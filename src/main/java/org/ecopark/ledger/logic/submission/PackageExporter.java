package org.ecopark.ledger.logic.submission;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.KeptOpen;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a submission package: one .zip holding the workbook, the PDF report, data.json and the manifest
 * with the SHA-256 of the other three. The report (drawn on a second thread meanwhile) and data.json are written to
 * a temporary folder first, and the workbook's sheets wait in SXSSF's temporary files (a large park's files are tens
 * of megabytes, so nothing is held in memory); then everything is zipped through {@link DurableFiles}, the workbook
 * straight into the zip: the package is on the disk under its name before the export returns, and a cancelled or
 * failed export leaves no half package behind.
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
        Path target = request.out().toAbsolutePath();
        AtomicBoolean abandoned = new AtomicBoolean();
        FutureTask<Report> report = null;
        try {
            work = Files.createTempDirectory("ecopark-package");
            // The report is drawn on a thread of its own while this one writes the sheets and data.json: it needs
            // nothing but the data read above, and a park's statistics leave the other processor idle meanwhile.
            Path reportFile = work.resolve(REPORT);
            BooleanSupplier reportCancelled = () -> abandoned.get() || cancelled.getAsBoolean();
            report = new FutureTask<>(() -> I18n.inChinese(() -> writeReport(data, reportFile, reportCancelled)));
            Thread drawing = new Thread(report, "package-report");
            drawing.setDaemon(true);
            drawing.start();
            Path dataPath = work.resolve(DATA);
            Map<String, Integer> tableCounts;
            Manifest.FileEntry dataFile;
            try (PackageWorkbook workbook = new PackageWorkbook()) {
                try (Hashing out = new Hashing(dataPath); DataJson json = new DataJson(data, tables, out.stream())) {
                    ExportProgress step = progress.part(0.3, 0.8).saying(I18n.tr("submission.progress.workbook"));
                    I18n.inChinese(() -> writeTables(data, tables, workbook, json, step, cancelled));
                    tableCounts = json.finish();
                    json.close();
                    dataFile = out.entry(DATA);
                }
                progress.update(0.8, I18n.tr("submission.progress.pdf"));
                Report drawn = await(report);
                ExportCancelledException.check(cancelled);
                progress.update(0.85, I18n.tr("submission.progress.zip"));
                Map<String, Integer> sheets = workbook.rowCounts();
                Manifest[] written = new Manifest[1];
                MessageDigest zipDigest = sha256();
                // The workbook goes straight into the zip, hashed and counted on its way; the report and data.json
                // follow from their files, then the manifest naming all three and the signature of its bytes.
                DurableFiles.write(target, out -> {
                    try (ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(out, zipDigest),
                            StandardCharsets.UTF_8)) {
                        Manifest.FileEntry workbookFile = entry(zip, WORKBOOK, created, workbook::write);
                        entry(zip, REPORT, created, stream -> Files.copy(reportFile, stream));
                        entry(zip, DATA, created, stream -> Files.copy(dataPath, stream));
                        ExportCancelledException.check(cancelled);
                        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, Manifest.PROGRAM, data.programVersion(),
                                PackageWorkbook.TEMPLATE_VERSION, new Manifest.ParkRef(data.park().code(), data.park().name()),
                                Manifest.PeriodRef.of(data.period()), data.asOf(), created,
                                new Manifest.RowCounts(sheets, tableCounts), data.warnings().size(),
                                List.of(workbookFile, drawn.file(), dataFile),
                                new Manifest.Signer(key.algorithm(), key.fingerprint().text()));
                        ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
                        manifest.write(manifestBytes);
                        byte[] signed = manifestBytes.toByteArray();
                        // the signature covers the manifest's bytes as written, which name every other file's hash and size
                        byte[] signature = DetachedSignature.sign(key, signed).toJson();
                        entry(zip, Manifest.FILE_NAME, created, stream -> stream.write(signed));
                        entry(zip, SIGNATURE, created, stream -> stream.write(signature));
                        written[0] = manifest;
                    }
                    ExportCancelledException.check(cancelled); // a cancel up to here leaves the earlier file, if any
                });
                String sha256 = HexFormat.of().formatHex(zipDigest.digest());
                long size = Files.size(target);
                progress.update(1, I18n.tr("submission.progress.done"));
                Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
                LOGGER.info("Exported {} {} to {} ({} bytes, {} ms)", data.park().code(), data.period().code(), target,
                        size, took.toMillis());
                return new Result(target, sha256, size, written[0], drawn.pages(), took);
            }
        } catch (IOException e) {
            throw new PackageException(I18n.tr("submission.error.write", request.out(), String.valueOf(e.getMessage())), e);
        } finally {
            if (report != null) {
                abandoned.set(true); // a report still being drawn stops at its next page
                awaitQuietly(report);
            }
            deleteTree(work);
        }
    }

    /** The report written, hashed as it was written. */
    private record Report(int pages, Manifest.FileEntry file) {
    }

    private static Report writeReport(PackageData data, Path file, BooleanSupplier cancelled) throws IOException {
        try (Hashing out = new Hashing(file)) {
            int pages = new PdfReport().write(data, out.stream(), ExportProgress.NONE, cancelled);
            return new Report(pages, out.entry(REPORT));
        }
    }

    /** The report once drawn; its failure or cancel is this thread's. */
    private static Report await(FutureTask<Report> report) throws IOException {
        try {
            return report.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits for the report's thread to end, whatever it ended with (already told by {@link #await}, or moot). */
    private static void awaitQuietly(FutureTask<Report> report) {
        boolean interrupted = false;
        while (true) {
            try {
                report.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What goes into one entry of the zip. */
    @FunctionalInterface
    private interface EntryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Adds the entry {@code name}, stamped {@code created}; returns its SHA-256 and size, as the manifest lists them. */
    private static Manifest.FileEntry entry(ZipOutputStream zip, String name, Instant created, EntryContent content)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(created));
        zip.putNextEntry(entry);
        Counting counted = new Counting(new KeptOpen(zip));
        DigestOutputStream hashed = new DigestOutputStream(counted, sha256());
        content.writeTo(hashed);
        hashed.flush();
        zip.closeEntry();
        return new Manifest.FileEntry(name, HexFormat.of().formatHex(hashed.getMessageDigest().digest()), counted.count);
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends java.io.FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
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
