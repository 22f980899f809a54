package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_KEY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.ParkKey;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The parks' public keys a bureau ledger registered, one fingerprint to one park. */
public final class ParkKeyRepository {

    private final DSLContext dsl;

    public ParkKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Registers the key; returns its id. */
    public long insert(long parkId, String fingerprint, String publicKey, Instant at, String by) {
        return dsl.insertInto(PARK_KEY, PARK_KEY.PARK_ID, PARK_KEY.FINGERPRINT, PARK_KEY.PUBLIC_KEY,
                        PARK_KEY.REGISTERED_AT, PARK_KEY.REGISTERED_BY)
                .values(parkId, fingerprint, publicKey, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by)
                .returning(PARK_KEY.ID).fetchOne().getId();
    }

    /** Stores the key of a fingerprint registered alone, once a package signed by it came. */
    public void fillKey(long id, String publicKey) {
        dsl.update(PARK_KEY).set(PARK_KEY.PUBLIC_KEY, publicKey).where(PARK_KEY.ID.eq(id))
                .and(PARK_KEY.PUBLIC_KEY.isNull()).execute();
    }

    public Optional<ParkKey> findByFingerprint(String fingerprint) {
        return select().where(PARK_KEY.FINGERPRINT.eq(fingerprint)).fetchOptional(ParkKeyRepository::toKey);
    }

    /** Every registered key, by park code, then in the order registered. */
    public List<ParkKey> findAll() {
        return select().orderBy(PARK.CODE, PARK_KEY.ID).fetch(ParkKeyRepository::toKey);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(PARK_KEY.asterisk(), PARK.CODE, PARK.NAME).from(PARK_KEY).join(PARK).on(PARK.ID.eq(PARK_KEY.PARK_ID));
    }

    private static ParkKey toKey(Record r) {
        return new ParkKey(r.get(PARK_KEY.ID), r.get(PARK.CODE), r.get(PARK.NAME), r.get(PARK_KEY.FINGERPRINT),
                r.get(PARK_KEY.PUBLIC_KEY), r.get(PARK_KEY.REGISTERED_AT).toInstant(), r.get(PARK_KEY.REGISTERED_BY));
    }
}
