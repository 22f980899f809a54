package org.ecopark.ledger.logic.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what a package is (format and program version, park, period, when it was made), how many
 * rows each sheet and each data.json table holds, and the SHA-256 and size of every other file. A bureau
 * checks a package against it; with or without this program (sha256sum does the same).
 */
public record Manifest(String formatVersion, String program, String programVersion, String templateVersion,
                       ParkRef park, PeriodRef period, LocalDate asOf, Instant created, RowCounts rowCounts,
                       int warningOverrides, List<FileEntry> files, Signer signer) {

    public static final String FILE_NAME = "manifest.json";
    /** Version 2: signed ({@code signature.json} beside the manifest, over its exact bytes); 1 was unsigned. */
    public static final String FORMAT_VERSION = "2";
    /** The unsigned format of the first release, which still verifies, as unsigned. */
    public static final String UNSIGNED_FORMAT_VERSION = "1";
    static final String PROGRAM = "EcoPark Ledger";

    public Manifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public record ParkRef(String code, String name) {
    }

    /** The period by its code and its first and last day. */
    public record PeriodRef(String code, String kind, LocalDate start, LocalDate end) {
        static PeriodRef of(ReportPeriod period) {
            return new PeriodRef(period.code(), period.kind().name(), period.start(), period.end());
        }
    }

    /** Data rows per workbook sheet (by sheet name) and per data.json table (by table code). */
    public record RowCounts(Map<String, Integer> sheets, Map<String, Integer> tables) {
        public RowCounts {
            sheets = sheets == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sheets));
            tables = tables == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
        }
    }

    /** Whose key signs the package (the signature itself is in {@code signature.json}). */
    public record Signer(String algorithm, String fingerprint) {
    }

    /** One file of the package: its name in the zip, the lower-case hex SHA-256 and the size in bytes. */
    public record FileEntry(String name, String sha256, long size) {
    }

    void write(OutputStream out) throws IOException {
        PackageJson.MAPPER.writeValue(out, this);
    }

    /** @throws IOException when the text is not a manifest */
    static Manifest read(InputStream in) throws IOException {
        return PackageJson.MAPPER.readValue(in, Manifest.class);
    }
}
