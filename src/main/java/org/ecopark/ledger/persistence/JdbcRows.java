package org.ecopark.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * Reads the rows of a query built with jOOQ straight from JDBC, into the caller's own objects. For the reads of
 * hundreds or thousands of rows an evaluation makes (a park's standards, a STOCK metric's held figures, the spans
 * of several parks): a jOOQ record per row, with its dates converted through {@code java.sql.Date} and the default
 * time zone, cost four times the read itself.
 */
final class JdbcRows {

    /** Makes one object of the current row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Hands each row to {@code consumer}. */
    @FunctionalInterface
    interface Consumer {
        void accept(ResultSet row) throws SQLException;
    }

    private JdbcRows() {
    }

    /**
     * Every row of {@code query}, read by {@code reader}. The query runs as any jOOQ query does (on its context's
     * connection, with its listeners); only the rows are read from the JDBC result set itself.
     */
    static <T> List<T> fetch(ResultQuery<?> query, Reader<T> reader) {
        List<T> read = new ArrayList<>();
        forEach(query, row -> read.add(reader.read(row)));
        return read;
    }

    /** Hands every row of {@code query} to {@code consumer}, as {@link #fetch} reads them. */
    static void forEach(ResultQuery<?> query, Consumer consumer) {
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                consumer.accept(rows);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read the rows of " + query.getSQL(), e);
        }
    }

    /** A DATE column as a day, null for SQL NULL. */
    static LocalDate day(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
