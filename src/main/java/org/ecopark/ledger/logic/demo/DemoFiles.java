package org.ecopark.ledger.logic.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;

/**
 * The demo's files and their columns. The column names are the schema's (stable codes, English) so
 * that one README explains them for every language, and a file edited in Excel keeps working.
 */
public final class DemoFiles {

    public static final String ENTERPRISES = "enterprises.csv";
    public static final String TITLES = "titles.csv";
    public static final String PROJECTS = "projects.csv";
    public static final String PROGRESS = "project_progress.csv";
    public static final String STAFF = "rd_staff.csv";
    public static final String PATENTS = "patents.csv";
    public static final String STANDARDS = "standards.csv";
    public static final String PLATFORMS = "platforms.csv";
    public static final String EVENTS = "events.csv";
    public static final String STATISTICS = "statistics.csv";

    /** Every file with its header, in the order they are read and written. */
    public static final Map<String, List<String>> HEADERS = orderedHeaders();

    /** Separates the owners of a patent (their USCCs, in certificate order) inside one cell. */
    public static final String OWNER_SEPARATOR = ";";

    private DemoFiles() {
    }

    private static Map<String, List<String>> orderedHeaders() {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        headers.put(ENTERPRISES, List.of("uscc", "name", "short_name", "segment", "env_related", "settled_on", "left_on",
                "contact_person", "contact_phone", "address", "note"));
        headers.put(TITLES, List.of("uscc", "title", "awarded_on", "expires_on", "certificate_no"));
        headers.put(PROJECTS, List.of("name", "uscc", "category", "planned_investment", "start_date",
                "planned_completion", "actual_completion", "status", "note"));
        headers.put(PROGRESS, List.of("project", "reported_on", "completed_investment", "percent_complete", "note"));
        headers.put(STAFF, List.of("uscc", "name", "id_hint", "education", "professional_title", "full_time",
                "joined_on", "left_on"));
        headers.put(PATENTS, List.of("number", "title", "patent_type", "applied_on", "granted_on", "lapsed_on",
                "status", "owners", "other_owners"));
        headers.put(STANDARDS, List.of("code", "title", "level", "role", "uscc", "published_on"));
        headers.put(PLATFORMS, List.of("name", "platform_type", "level", "uscc", "approved_on", "approved_by",
                "revoked_on"));
        headers.put(EVENTS, List.of("held_on", "title", "event_type", "international", "participants", "location",
                "note"));
        headers.put(STATISTICS, List.of("uscc", "metric", "period", "value"));
        return java.util.Collections.unmodifiableMap(headers);
    }

    /** Reads one file's data lines; the header must hold every column of {@link #HEADERS} (in any order). */
    static List<CsvRecord> read(DemoSource source, String fileName) {
        String text;
        try (InputStream in = source.open(fileName)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DemoException(I18n.tr("demo.error.missingFile", fileName), e);
        } catch (IOException e) {
            throw new DemoException(I18n.tr("demo.error.read", fileName, String.valueOf(e.getMessage())), e);
        }
        List<Csv.Line> lines;
        try {
            lines = Csv.parse(text);
        } catch (Csv.CsvSyntaxException e) {
            throw DemoException.atLine(fileName, e.line(), I18n.tr("demo.error.quote"));
        }
        if (lines.isEmpty()) {
            throw DemoException.atLine(fileName, 1, I18n.tr("demo.error.columns", String.join(", ", HEADERS.get(fileName))));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        List<String> missing = HEADERS.get(fileName).stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw DemoException.atLine(fileName, lines.get(0).number(), I18n.tr("demo.error.columns", String.join(", ", missing)));
        }
        List<CsvRecord> records = new ArrayList<>(lines.size() - 1);
        for (Csv.Line line : lines.subList(1, lines.size())) {
            records.add(new CsvRecord(fileName, line.number(), columns, line.fields()));
        }
        return records;
    }
}
