package org.ecopark.ledger.logic.copy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.jooq.Public;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Every row of every table of a ledger, written so that the same row reads the same on H2 and on PostgreSQL (an
 * instant for a time with an offset, amounts without trailing zeros, bytes in hex), sorted per table.
 */
public final class LedgerRows {

    private LedgerRows() {
    }

    public static Map<String, List<String>> of(Database database) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            List<String> lines = new ArrayList<>();
            for (Record row : database.dsl().selectFrom(table).fetch()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    values.add(text(row.get(i)));
                }
                lines.add(String.join("|", values));
            }
            lines.sort(null);
            rows.put(table.getName().toLowerCase(Locale.ROOT), lines);
        }
        return rows;
    }

    /** The tables the database itself holds in its schema, besides Flyway's history. */
    public static List<String> tablesInDatabase(Database database) {
        return database.dsl().meta().getTables().stream()
                .filter(table -> table.getSchema() != null && table.getSchema().getName().equalsIgnoreCase("public"))
                .map(table -> table.getName().toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals("flyway_schema_history"))
                .sorted().collect(Collectors.toList());
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }
}
