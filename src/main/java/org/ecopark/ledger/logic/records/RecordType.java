package org.ecopark.ledger.logic.records;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.ecopark.ledger.persistence.RecordRepository;
import org.ecopark.ledger.persistence.Repositories;

/**
 * What {@link AuditedRecords} needs to know of a record type: its table (the audit log's table name),
 * its class (to read old values back for an undo), its id, and its repository within a transaction.
 *
 * <pre>{@code
 * new RecordType<>("patent", Patent.class, Patent::id, Repositories::patents)
 * }</pre>
 */
public record RecordType<T>(String table, Class<T> type, ToLongFunction<T> id,
                            Function<Repositories, ? extends RecordRepository<T>> repository) {

    long idOf(T record) {
        return id.applyAsLong(record);
    }

    RecordRepository<T> in(Repositories repositories) {
        return repository.apply(repositories);
    }
}
