package org.ecopark.ledger.logic.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.ecopark.ledger.persistence.bulk.BulkWriter;

/**
 * Collects generated rows and hands them to the writer a chunk at a time, so that a million monthly
 * figures never sit in memory at once. Counts what it wrote.
 */
final class ChunkedSink<T> implements Consumer<T> {

    private final Consumer<List<T>> writer;
    private final List<T> pending = new ArrayList<>(BulkWriter.CHUNK);
    private int written;

    ChunkedSink(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    @Override
    public void accept(T row) {
        pending.add(row);
        if (pending.size() >= BulkWriter.CHUNK) {
            flush();
        }
    }

    void addAll(Collection<T> rows) {
        rows.forEach(this);
    }

    void flush() {
        if (!pending.isEmpty()) {
            writer.accept(pending);
            written += pending.size();
            pending.clear();
        }
    }

    int written() {
        return written;
    }
}
