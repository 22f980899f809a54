package org.ecopark.ledger.persistence;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.model.LedgerChange;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Sees every statement the program runs through jOOQ and notes the tables that writes go to. Inside a
 * {@link UnitOfWork} transaction the tables are collected on the thread and announced after the commit; a
 * write outside any transaction is committed by itself, so it is forced onto the disk and announced at once.
 */
final class WriteTracker implements ExecuteListener {

    /** A write, or H2's form of a write returning rows: {@code select … from final table (insert into …)}. */
    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:select\\b.*?\\b(?:final|new|old)\\s+table\\s*\\(\\s*)?"
                    + "(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+"
                    + "((?:\"[^\"]+\"|[\\w$]+)(?:\\s*\\.\\s*(?:\"[^\"]+\"|[\\w$]+))*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final LedgerChanges changes;
    private final Runnable syncToDisk;
    private final ThreadLocal<Set<String>> transaction = new ThreadLocal<>();

    /** @param syncToDisk forces what is committed onto the disk */
    WriteTracker(LedgerChanges changes, Runnable syncToDisk) {
        this.changes = changes;
        this.syncToDisk = syncToDisk;
    }

    /** Collects the writes of the current thread until {@link #end()}; transactions on one thread do not nest here. */
    void begin() {
        transaction.set(new HashSet<>());
    }

    /** The tables written since {@link #begin()}, which stops collecting. */
    Set<String> end() {
        Set<String> written = transaction.get();
        transaction.remove();
        return written == null ? Set.of() : written;
    }

    /** Whether {@link #begin()} is in force on this thread. */
    boolean collecting() {
        return transaction.get() != null;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        Set<String> tables = new HashSet<>();
        if (ctx.batchSQL() != null && ctx.batchSQL().length > 0) {
            for (String sql : ctx.batchSQL()) {
                addTable(tables, sql);
            }
        } else {
            addTable(tables, ctx.sql());
        }
        if (tables.isEmpty()) {
            return;
        }
        Set<String> collecting = transaction.get();
        if (collecting != null) {
            collecting.addAll(tables);
        } else if (ctx.exception() == null) {
            try {
                syncToDisk.run();
            } finally {
                changes.publish(tables); // committed either way
            }
        }
    }

    /** The table a write statement goes to, lower-case and without schema or quotes; nothing for a read. */
    static void addTable(Set<String> tables, String sql) {
        if (sql == null) {
            return;
        }
        Matcher matcher = WRITE.matcher(sql);
        if (!matcher.find()) {
            return;
        }
        String name = matcher.group(1).replace("\"", "").replaceAll("\\s", "");
        int dot = name.lastIndexOf('.');
        name = dot < 0 ? name : name.substring(dot + 1);
        tables.add(name.isEmpty() ? LedgerChange.ANY_TABLE : name.toLowerCase(Locale.ROOT));
    }
}
