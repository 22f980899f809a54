package org.ecopark.ledger.logic.records;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.NotDurableException;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way record services write: in a transaction whose every insert, update and delete is logged
 * in the audit trail by {@link AuditedTransaction}. A refused write rolls the whole transaction back and
 * surfaces as {@link RecordRejectedException} (validation) or {@link RecordWriteException} (database),
 * both with a message in the user's language; a write committed but not forced onto the disk as
 * {@link NotOnDiskException}.
 */
public final class AuditedWrites {

    private static final Logger LOGGER = LoggerFactory.getLogger(AuditedWrites.class);

    private final UnitOfWork unitOfWork;
    private final String user;

    public AuditedWrites(UnitOfWork unitOfWork, String user) {
        this.unitOfWork = unitOfWork;
        this.user = user;
    }

    /** Who changes the ledger on this PC: the operating system's user, as the audit log records it. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }

    /**
     * Who changes this ledger, as its audit log records them: on a server, the database user the clerk logged in as
     * (each clerk logs in as their own); on a file on this PC, the operating system's user.
     */
    public static String userOf(Database database) {
        return database.server().map(ServerAddress::user).orElseGet(AuditedWrites::osUser);
    }

    public String user() {
        return user;
    }

    /** Runs {@code work} in one audited transaction; any exception undoes all of its writes. */
    public <T> T inTransaction(Function<AuditedTransaction, T> work) {
        try {
            return unitOfWork.inTransaction(repositories -> work.apply(new AuditedTransaction(repositories, user)));
        } catch (RecordRejectedException | RecordWriteException e) {
            throw e;
        } catch (NotDurableException e) {
            if (!e.written()) {
                LOGGER.warn("A write was committed, but writing it to the file failed: it is not in the ledger", e);
                throw RecordWriteException.from(e);
            }
            LOGGER.error("A write was committed but could not be forced onto the disk", e);
            throw new NotOnDiskException(I18n.tr("records.error.notOnDisk"), e);
        } catch (RuntimeException e) {
            LOGGER.warn("A write was refused and rolled back", e);
            throw RecordWriteException.from(e);
        }
    }

    /** Repositories outside any transaction, for reads and for validating as the user types. */
    public Repositories read() {
        return unitOfWork.read();
    }

    /** The stored explanations of a row's overridden warnings, warning key -> text. */
    public Map<String, String> explanations(String table, long recordId) {
        Map<String, String> explanations = new LinkedHashMap<>();
        read().warningOverrides().find(table, recordId)
                .forEach(override -> explanations.put(override.warningKey(), override.explanation()));
        return explanations;
    }

    /** The changes of some rows of a table, oldest first. */
    public List<HistoryEntry> history(String table, Collection<Long> recordIds) {
        List<String> keys = recordIds.stream().map(String::valueOf).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        return read().audit().history(table, keys).stream().map(HistoryEntry::of).toList();
    }
}
