package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.COLLECTION_IMPORT;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.CollectionImport;
import org.ecopark.ledger.persistence.jooq.tables.records.CollectionImportRecord;
import org.jooq.DSLContext;

/**
 * The workbooks imported from enterprises, and which period statistics each one wrote (period_stat.import_id).
 * The statistics themselves are written through {@link PeriodStatRepository}; this links them afterwards, so
 * that the statistics model needs no import id.
 */
public final class CollectionImportRepository {

    private final DSLContext dsl;

    public CollectionImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The import of the file with this SHA-256 (lower-case hex), if it was imported before. */
    public Optional<CollectionImport> findBySha256(String sha256) {
        return dsl.selectFrom(COLLECTION_IMPORT).where(COLLECTION_IMPORT.FILE_SHA256.eq(sha256))
                .fetchOptional(CollectionImportRepository::toImport);
    }

    public Optional<CollectionImport> find(long id) {
        return dsl.selectFrom(COLLECTION_IMPORT).where(COLLECTION_IMPORT.ID.eq(id))
                .fetchOptional(CollectionImportRepository::toImport);
    }

    /** The park's imports, latest first. */
    public List<CollectionImport> findByPark(long parkId) {
        return dsl.selectFrom(COLLECTION_IMPORT).where(COLLECTION_IMPORT.PARK_ID.eq(parkId))
                .orderBy(COLLECTION_IMPORT.IMPORTED_AT.desc(), COLLECTION_IMPORT.ID.desc())
                .fetch(CollectionImportRepository::toImport);
    }

    /** Stores an import (its id and time are assigned here); returns it as stored. */
    public CollectionImport insert(CollectionImport entry) {
        CollectionImportRecord record = dsl.newRecord(COLLECTION_IMPORT);
        fill(record, entry);
        record.store();
        return toImport(record);
    }

    /** Records a re-import of the same file: new time, user, row count and note under the same id. */
    public CollectionImport update(CollectionImport entry) {
        CollectionImportRecord record = dsl.newRecord(COLLECTION_IMPORT);
        fill(record, entry);
        dsl.update(COLLECTION_IMPORT).set(record).where(COLLECTION_IMPORT.ID.eq(entry.id())).execute();
        return find(entry.id()).orElseThrow();
    }

    /** Marks period statistics as written by an import. */
    public void link(long importId, Collection<Long> periodStatIds) {
        if (!periodStatIds.isEmpty()) {
            dsl.update(PERIOD_STAT).set(PERIOD_STAT.IMPORT_ID, importId).where(PERIOD_STAT.ID.in(periodStatIds)).execute();
        }
    }

    /** The ids of the period statistics an import wrote. */
    public List<Long> linkedStats(long importId) {
        return dsl.select(PERIOD_STAT.ID).from(PERIOD_STAT).where(PERIOD_STAT.IMPORT_ID.eq(importId))
                .orderBy(PERIOD_STAT.ID).fetch(PERIOD_STAT.ID);
    }

    private static void fill(CollectionImportRecord record, CollectionImport entry) {
        record.setFileSha256(entry.fileSha256());
        record.setFileName(entry.fileName());
        record.setParkId(entry.parkId());
        record.setEnterpriseId(entry.enterpriseId() > 0 ? entry.enterpriseId() : null);
        record.setPeriodCode(entry.periodCode());
        record.setTemplateVersion(entry.templateVersion());
        record.setRowCount(entry.rowCount());
        record.setImportedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setImportedBy(entry.importedBy());
        record.setNote(entry.note());
    }

    private static CollectionImport toImport(CollectionImportRecord r) {
        return new CollectionImport(r.getId(), r.getFileSha256(), r.getFileName(), r.getParkId(),
                r.getEnterpriseId() == null ? 0 : r.getEnterpriseId(), r.getPeriodCode(), r.getTemplateVersion(),
                r.getRowCount() == null ? 0 : r.getRowCount(), r.getImportedAt() == null ? null : r.getImportedAt().toInstant(),
                r.getImportedBy(), r.getNote());
    }
}
