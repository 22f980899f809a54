package org.ecopark.ledger.logic.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a backup holds, written into its zip as the archive's comment: why and when it was made, of which ledger, the
 * schema and program versions, and how many rows each record table had. The comment travels inside the one file (a
 * backup copied to a USB stick keeps it), is read from the zip's last bytes without unpacking anything, and needs no
 * password for an encrypted ledger; H2's restore tools ignore it. A zip without one is still a backup: what its name
 * says is known, its counts are not.
 *
 * @param schemaVersion the database structure's version, or null when unknown
 * @param counts        rows per record table (lower-case table names, in the ledger's order), empty when unknown
 */
public record BackupLabel(BackupReason reason, LocalDateTime madeAt, String ledger, String schemaVersion,
                          String programVersion, Map<String, Integer> counts) {

    private static final String MARK = "ecopark-ledger-backup";
    private static final String COUNTS = "counts";

    public BackupLabel {
        madeAt = madeAt.withNano(0); // to the second, as the comment keeps it: a label made equals the one read back
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The comment to put into the zip: properties text, ASCII only. */
    public String toComment() {
        Properties properties = new Properties();
        properties.setProperty("format", MARK + "/1");
        properties.setProperty("reason", reason.code());
        properties.setProperty("made", madeAt.withNano(0).toString());
        properties.setProperty("ledger", ledger);
        if (schemaVersion != null) {
            properties.setProperty("schema", schemaVersion);
        }
        if (programVersion != null) {
            properties.setProperty("program", programVersion);
        }
        // one property, so that the tables keep their order (properties do not)
        properties.setProperty(COUNTS, counts.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(java.util.stream.Collectors.joining(",")));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The label a zip's comment holds, if it is one of ours and whole. */
    public static Optional<BackupLabel> parse(String comment) {
        if (comment == null || !comment.contains(MARK)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(comment));
            Optional<BackupReason> reason = BackupReason.ofCode(properties.getProperty("reason", ""));
            String ledger = properties.getProperty("ledger");
            if (reason.isEmpty() || ledger == null) {
                return Optional.empty();
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String pair : properties.getProperty(COUNTS, "").split(",")) {
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    counts.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
                }
            }
            return Optional.of(new BackupLabel(reason.get(), LocalDateTime.parse(properties.getProperty("made", "")),
                    ledger, properties.getProperty("schema"), properties.getProperty("program"), counts));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The sum of all record rows, or -1 when the counts are unknown. */
    public long totalRecords() {
        return counts.isEmpty() ? -1 : counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
