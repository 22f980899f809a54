package org.ecopark.ledger.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.persistence.Database;

/**
 * The benchmark's floors in SQL: what plain JDBC does over the same tables, written by hand, so that the program's
 * queries and writes are measured against the least this database can do, in the same run. Also the write that makes
 * the indicators' aggregate cache stale before a cold evaluation. It works on the JDBC connections of the program's
 * open {@code Database}.
 *
 * <p>Plain SQL text on purpose (with bind values): a floor must not pay for jOOQ's rendering either.
 */
public final class SqlFloors {

    /** The tables the indicators read; a no-op update of one row moves each one's change stamp. */
    private static final List<String> INDICATOR_TABLES = List.of("enterprise", "enterprise_title", "project",
            "project_progress", "rd_staff", "patent", "standard", "innovation_platform", "park_event", "period_stat",
            "manual_value", "milestone_evidence");

    private static final String PARK_SUM = "SELECT SUM(s.stat_value) FROM period_stat s"
            + " JOIN enterprise e ON e.id = s.enterprise_id JOIN park p ON p.id = e.park_id"
            + " JOIN metric m ON m.id = s.metric_id"
            + " WHERE p.code = ? AND m.code = ? AND s.period_type = 'MONTH' AND s.period_start BETWEEN ? AND ?";

    private static final String INSERT_STAT = "INSERT INTO period_stat (enterprise_id, metric_id, period_type,"
            + " period_start, period_end, stat_value, source) VALUES (?, ?, ?, ?, ?, ?, 'IMPORT')";

    private static final String PACKAGE_STATS = "SELECT e.uscc, e.name, m.code, m.name, s.period_type, s.period_start,"
            + " s.stat_value, m.unit, s.source FROM period_stat s"
            + " JOIN enterprise e ON e.id = s.enterprise_id JOIN metric m ON m.id = s.metric_id"
            + " JOIN park p ON p.id = e.park_id"
            + " WHERE p.code = ? AND s.period_start >= ? AND s.period_end <= ?"
            + " ORDER BY e.uscc, m.sort_order, m.id, s.period_type, s.period_start";

    private static final int BATCH = 1000;

    /** One figure to insert, as the floor of an import. */
    public record StatRow(long enterpriseId, long metricId, String periodType, LocalDate start, LocalDate end,
                          BigDecimal value) {
    }

    /** One figure of a package's statistics sheet, as the floor of an export reads it. */
    public record PackageStat(String uscc, String enterpriseName, String metricCode, String metricName,
                              String periodType, LocalDate periodStart, BigDecimal value, String unit, String source) {
    }

    private final Database database;

    public SqlFloors(Database database) {
        this.database = database;
    }

    /**
     * Forces what is committed onto the disk, as the program does after each of its commits ({@code CHECKPOINT SYNC},
     * H2's own statement for it): rows a floor stored are stored as durably as the program's. Nothing to do on a
     * server, whose commit is durable when it returns.
     */
    public void forceToDisk() {
        if (database.server().isPresent()) {
            return;
        }
        database.dsl().connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        });
    }

    /** Moves the change stamp of every table the indicators read, changing no value. */
    public void touchIndicatorTables() {
        database.dsl().connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : INDICATOR_TABLES) {
                    statement.executeUpdate("UPDATE " + table + " SET id = id WHERE id = (SELECT MIN(id) FROM " + table + ")");
                }
            }
            commit(connection);
        });
    }

    /** The hand-written aggregate: a metric's monthly figures summed over the park's enterprises between two dates. */
    public BigDecimal parkSum(String parkCode, String metricCode, LocalDate from, LocalDate to) {
        return database.dsl().connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PARK_SUM)) {
                statement.setString(1, parkCode);
                statement.setString(2, metricCode);
                statement.setDate(3, Date.valueOf(from));
                statement.setDate(4, Date.valueOf(to));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getBigDecimal(1) : null;
                }
            }
        });
    }

    /** The park's enterprises by credit code: what the floor of an import looks up once. */
    public Map<String, Long> enterpriseIds(String parkCode) {
        return idsBy("SELECT e.uscc, e.id FROM enterprise e JOIN park p ON p.id = e.park_id WHERE p.code = ?", parkCode);
    }

    /** Every metric's id by its code. */
    public Map<String, Long> metricIds() {
        return idsBy("SELECT code, id FROM metric");
    }

    /** Inserts the rows in batches, in one transaction. */
    public void insertStats(List<StatRow> rows) {
        database.dsl().connection(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_STAT)) {
                int pending = 0;
                for (StatRow row : rows) {
                    insert.setLong(1, row.enterpriseId());
                    insert.setLong(2, row.metricId());
                    insert.setString(3, row.periodType());
                    insert.setDate(4, Date.valueOf(row.start()));
                    insert.setDate(5, Date.valueOf(row.end()));
                    insert.setBigDecimal(6, row.value());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * The statistics a package of the park lists for [start, end], in the package's order, handed over one by one
     * from one plain query: the floor of an export (the same rows as {@code PackageQueries.statistics}).
     */
    public void packageStats(String parkCode, LocalDate start, LocalDate end,
                             java.util.function.Consumer<PackageStat> each) {
        database.dsl().connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PACKAGE_STATS)) {
                statement.setString(1, parkCode);
                statement.setObject(2, start);
                statement.setObject(3, end);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(new PackageStat(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getObject(6, LocalDate.class),
                                rows.getBigDecimal(7), rows.getString(8), rows.getString(9)));
                    }
                }
            }
        });
    }

    /** How many figures the table holds: the import scenario checks both paths stored the same rows. */
    public long statCount() {
        return database.dsl().connectionResult(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM period_stat")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private Map<String, Long> idsBy(String sql, String... parameters) {
        return database.dsl().connectionResult(connection -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1).strip(), rows.getLong(2));
                    }
                }
            }
            return ids;
        });
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
