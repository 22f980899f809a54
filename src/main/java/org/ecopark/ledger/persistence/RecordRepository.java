package org.ecopark.ledger.persistence;

import java.util.Optional;

/**
 * What the audited save, delete and undo of a record type need from its repository. A repository
 * writes the record with its parts (titles, owners) and reads it back whole, so that the audit log
 * holds the complete before and after.
 *
 * @param <T> the model record
 */
public interface RecordRepository<T> {

    Optional<T> find(long id);

    /** Inserts under a new id, ignoring the record's; returns the new id. */
    long insert(T record);

    /** Inserts under the record's own id again: the undo of a delete. */
    void restore(T record);

    /** Writes every field of the record with its id, parts included. */
    void update(T record);

    void delete(long id);
}
