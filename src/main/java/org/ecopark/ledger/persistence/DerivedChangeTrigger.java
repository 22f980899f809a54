package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The H2 trigger behind {@code derived_change} (migrations V1.5, V1.6): notes, in the writing transaction, every
 * change of a record that the park sums depend on, whoever wrote it. {@link IndicatorSummaries} takes the notes in.
 * An update that changed none of the columns the sums read is not noted. H2 makes one instance per trigger and
 * table, and calls it from the writing session.
 */
public final class DerivedChangeTrigger implements Trigger {

    /** The columns the sums read, per table; an update that leaves them all alone changes no sum. */
    private static final Map<String, List<String>> WATCHED = Map.of(
            "PERIOD_STAT", List.of("ENTERPRISE_ID", "METRIC_ID", "PERIOD_TYPE", "PERIOD_START", "PERIOD_END", "STAT_VALUE"),
            "ENTERPRISE", List.of("ID", "PARK_ID", "LEFT_ON"),
            "PATENT", List.of("ID", "GRANTED_ON", "LAPSED_ON"),
            "PATENT_OWNER", List.of("PATENT_ID", "ENTERPRISE_ID"),
            "RD_STAFF", List.of("ENTERPRISE_ID", "FULL_TIME", "JOINED_ON", "LEFT_ON"),
            "METRIC", List.of("VALUE_KIND"));
    /** The columns that name a figure: an update that changed none of them changed the figure's value alone. */
    private static final List<String> FIGURE = List.of("ENTERPRISE_ID", "METRIC_ID", "PERIOD_TYPE", "PERIOD_START",
            "PERIOD_END");

    private static final String NOTE = "INSERT INTO derived_change (kind, park_id, enterprise_id, metric_id, stat_year,"
            + " period_end, value_change) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Set while a statement runs whose added figures the writer notes itself ({@link FigureNotes}). */
    private static final ThreadLocal<Boolean> NOTED_BY_WRITER = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private String table;
    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toUpperCase(Locale.ROOT);
        if (!WATCHED.containsKey(this.table)) {
            throw new SQLException("No derived data depends on table " + table);
        }
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    /**
     * Runs a statement whose figures the writer notes itself ({@link FigureNotes}): the rows of {@code period_stat} it
     * writes are not noted here. The embedded database fires a trigger on the thread that runs the statement.
     */
    static <T> T notedByWriter(java.util.function.Supplier<T> statement) {
        NOTED_BY_WRITER.set(Boolean.TRUE);
        try {
            return statement.get();
        } finally {
            NOTED_BY_WRITER.set(Boolean.FALSE);
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && !changed(oldRow, newRow)) {
            return;
        }
        if (NOTED_BY_WRITER.get() && table.equals("PERIOD_STAT")) {
            return; // the writer notes these figures itself, set-wise
        }
        // an enterprise deleted or moved to another park changes its parks whole; a new leaving day only what it ends
        String parkKind = oldRow != null && newRow != null && table.equals("ENTERPRISE")
                && Objects.equals(value(oldRow, "PARK_ID"), value(newRow, "PARK_ID")) ? "L" : "K";
        // a month's figure added, or only its value changed: the note carries the change of value (V1.10)
        boolean valued = table.equals("PERIOD_STAT") && "MONTH".equals(value(newRow == null ? oldRow : newRow, "PERIOD_TYPE"))
                && newRow != null && (oldRow == null || sameFigure(oldRow, newRow));
        try (PreparedStatement note = connection.prepareStatement(NOTE)) {
            if (oldRow != null) {
                note(note, connection, oldRow, parkKind, valued ? ((BigDecimal) value(oldRow, "STAT_VALUE")).negate() : null);
            }
            if (newRow != null) {
                note(note, connection, newRow, parkKind, valued ? (BigDecimal) value(newRow, "STAT_VALUE") : null);
            }
        }
    }

    private boolean sameFigure(Object[] oldRow, Object[] newRow) {
        for (String column : FIGURE) {
            if (!Objects.equals(value(oldRow, column), value(newRow, column))) {
                return false;
            }
        }
        return true;
    }

    private boolean changed(Object[] oldRow, Object[] newRow) {
        for (String column : WATCHED.get(table)) {
            int at = columns.get(column);
            if (!Objects.equals(oldRow[at], newRow[at])) {
                return true;
            }
        }
        return false;
    }

    /** Notes what the row, as it was before or is now, makes the sums depend on. */
    private void note(PreparedStatement note, Connection connection, Object[] row, String parkKind, BigDecimal change)
            throws SQLException {
        switch (table) {
            case "PERIOD_STAT" -> write(note, "S", null, value(row, "ENTERPRISE_ID"), value(row, "METRIC_ID"),
                    ((LocalDate) value(row, "PERIOD_START")).getYear(), value(row, "PERIOD_END"), change);
            case "ENTERPRISE" -> write(note, parkKind, value(row, "PARK_ID"), null, null, null);
            case "PATENT" -> {
                for (Object owner : owners(connection, value(row, "ID"))) {
                    write(note, "P", null, owner, null, null);
                }
            }
            case "PATENT_OWNER" -> write(note, "P", null, value(row, "ENTERPRISE_ID"), null, null);
            case "RD_STAFF" -> write(note, "R", null, value(row, "ENTERPRISE_ID"), null, null);
            case "METRIC" -> write(note, "A", null, null, null, null);
            default -> throw new IllegalStateException(table);
        }
    }

    private static void write(PreparedStatement note, String kind, Object park, Object enterprise, Object metric, Object year)
            throws SQLException {
        write(note, kind, park, enterprise, metric, year, null, null);
    }

    private static void write(PreparedStatement note, String kind, Object park, Object enterprise, Object metric, Object year,
                              Object periodEnd, BigDecimal change) throws SQLException {
        note.setString(1, kind);
        note.setObject(2, park);
        note.setObject(3, enterprise);
        note.setObject(4, metric);
        note.setObject(5, year);
        note.setObject(6, periodEnd);
        note.setBigDecimal(7, change);
        note.executeUpdate();
    }

    private static List<Object> owners(Connection connection, Object patent) throws SQLException {
        try (PreparedStatement owners = connection.prepareStatement(
                "SELECT enterprise_id FROM patent_owner WHERE patent_id = ?")) {
            owners.setObject(1, patent);
            try (ResultSet rs = owners.executeQuery()) {
                List<Object> found = new java.util.ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getObject(1));
                }
                return found;
            }
        }
    }

    private Object value(Object[] row, String column) {
        return row[columns.get(column)];
    }
}
