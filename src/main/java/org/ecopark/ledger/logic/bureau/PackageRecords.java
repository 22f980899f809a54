package org.ecopark.ledger.logic.bureau;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.DataJsonTables;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.ReceivedPackageRepository;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * A received package opened by the bureau: its facts, its zip written out as it came, and the rows of one table of its
 * data.json — the park's records behind a figure. The table is read as a stream: only the rows shown are held, the rest
 * are counted, so a large park's statistics never sit in memory.
 */
public final class PackageRecords {

    /** The rows a bureau is shown of one table; the rest are counted. */
    public static final int SHOWN_ROWS = 500;
    private static final String LIST_SEPARATOR = "；";
    private static final JsonMapper JSON = new JsonMapper();
    /**
     * Columns whose header in the package's workbook is not {@code submission.column.<json key>}: the same key names
     * another thing in another table (an enterprise's name, a patent's number).
     */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("enterprises.name", "enterpriseName"), Map.entry("patents.number", "patentNumber"),
            Map.entry("patents.title", "patentTitle"), Map.entry("rdStaffMembers.name", "personName"),
            Map.entry("rdStaffMembers.leftOn", "staffLeftOn"), Map.entry("standards.code", "standardCode"),
            Map.entry("standards.title", "standardTitle"), Map.entry("projects.name", "projectName"),
            Map.entry("platforms.name", "platformName"), Map.entry("events.title", "eventTitle"),
            Map.entry("targets.title", "targetTitle"), Map.entry("milestones.title", "targetTitle"));

    /**
     * Code columns the workbook shows by name: the key family of each code's name, as the package's workbook writes
     * them ({@code PackageTables}).
     */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("targets.kind", "targets.kind."), Map.entry("targets.status", "indicators.status."),
            Map.entry("enterprises.segment", "records.segment."),
            Map.entry("statistics.periodType", "records.periodType."),
            Map.entry("statistics.source", "submission.code.source."),
            Map.entry("patents.type", "records.patentType."), Map.entry("patents.status", "records.patentStatus."),
            Map.entry("rdStaffMembers.education", "submission.code.education."),
            Map.entry("standards.level", "submission.code.standardLevel."),
            Map.entry("standards.role", "submission.code.standardRole."),
            Map.entry("projects.category", "submission.code.projectCategory."),
            Map.entry("projects.status", "submission.code.projectStatus."),
            Map.entry("platforms.type", "submission.code.platformType."),
            Map.entry("platforms.level", "submission.code.platformLevel."),
            Map.entry("events.type", "submission.code.eventType."),
            Map.entry("milestones.status", "indicators.status."),
            Map.entry("warningOverrides.table", "submission.code.table."));

    private final UnitOfWork unitOfWork;

    public PackageRecords(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /**
     * The first rows of a table and how many it has.
     *
     * @param keys    the rows' JSON keys, in the order the package writes them
     * @param headers each key's header as the package's workbook names it
     * @param rows    the first rows (at most the limit asked for), each value as text in the order of {@code keys}
     * @param total   the table's rows in the package
     */
    public record Records(String table, List<String> keys, List<String> headers, List<List<String>> rows, int total) {

        public Records {
            keys = List.copyOf(keys);
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        /** More rows in the package than shown. */
        public boolean cut() {
            return total > rows.size();
        }
    }

    /**
     * The package of this id.
     *
     * @throws BureauException when this is no bureau ledger or it holds no such package
     */
    public ReceivedPackage find(long packageId) {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        return read.receivedPackages().find(packageId)
                .orElseThrow(() -> new BureauException(I18n.tr("bureau.records.noPackage", String.valueOf(packageId))));
    }

    /** The rows per data.json table the bureau counted when it received the package, by table code. */
    public Map<String, Integer> counts(long packageId) {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        return read.receivedPackages().counts(packageId);
    }

    /**
     * The first {@link #SHOWN_ROWS} rows of the table {@code table} of the package's data.json, and its count.
     *
     * @throws BureauException when the package is not there or its stored zip cannot be read
     */
    public Records records(long packageId, String table) {
        return records(packageId, table, SHOWN_ROWS);
    }

    /** The first {@code limit} rows of the table and its count. */
    public Records records(long packageId, String table, int limit) {
        try {
            return content(packageId, zip -> {
                ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8);
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (PackageContents.DATA.equals(entry.getName())) {
                        return read(in, table, limit);
                    }
                }
                throw new IOException("The package has no " + PackageContents.DATA);
            });
        } catch (IOException e) {
            throw new BureauException(I18n.tr("bureau.records.unreadable", String.valueOf(packageId)), e);
        }
    }

    /**
     * Writes the package's zip to {@code file} byte for byte, as the park sent it.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public void save(long packageId, Path file) {
        try {
            content(packageId, zip -> Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            throw new UncheckedIOException(I18n.tr("bureau.records.saveFailed", file), e);
        }
    }

    /** What {@code reader} makes of the package's kept zip, read as a stream. */
    private <T> T content(long packageId, ReceivedPackageRepository.ContentReader<T> reader) throws IOException {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        return read.receivedPackages().readContent(packageId, reader)
                .orElseThrow(() -> new BureauException(I18n.tr("bureau.records.noPackage", String.valueOf(packageId))));
    }

    private static Records read(java.io.InputStream in, String table, int limit) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        List<JsonNode> shown = new ArrayList<>();
        int[] total = {0};
        boolean object = DataJsonTables.forEach(in, (name, json) -> {
            if (!name.equals(table) || json.currentToken() != JsonToken.START_ARRAY) {
                json.skipChildren();
                return;
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                total[0]++;
                if (shown.size() < limit) {
                    JsonNode row = JSON.readTree(json);
                    row.fieldNames().forEachRemaining(keys::add);
                    shown.add(row);
                } else {
                    json.skipChildren();
                }
            }
        });
        if (!object) {
            throw new IOException(PackageContents.DATA + " is no object");
        }
        List<String> keyList = List.copyOf(keys);
        List<String> codes = keyList.stream().map(key -> CODES.get(table + "." + key)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : shown) {
            List<String> values = new ArrayList<>(keyList.size());
            for (int i = 0; i < keyList.size(); i++) {
                values.add(text(row.get(keyList.get(i)), codes.get(i)));
            }
            rows.add(values);
        }
        return new Records(table, keyList, keyList.stream().map(key -> header(table, key)).toList(), rows, total[0]);
    }

    /** The column's header as the package's workbook writes it; the key itself for one this release does not know. */
    static String header(String table, String key) {
        String name = "submission.column." + HEADERS.getOrDefault(table + "." + key, key);
        return I18n.has(name) ? I18n.tr(name) : key;
    }

    /** The value as the workbook shows it: a code by its name ({@code names} is the family), yes or no, a plain number. */
    private static String text(JsonNode value, String names) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (names != null && value.isTextual() && I18n.has(names + value.asText())) {
            return I18n.tr(names + value.asText());
        }
        if (value.isBoolean()) {
            return I18n.tr(value.asBoolean() ? "submission.value.yes" : "submission.value.no");
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<JsonNode> items = value.elements(); items.hasNext(); ) {
                parts.add(text(items.next(), names));
            }
            return String.join(LIST_SEPARATOR, parts);
        }
        if (value.isObject()) {
            return value.toString();
        }
        if (value.isBigDecimal() || value.isDouble() || value.isFloat()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }
}
