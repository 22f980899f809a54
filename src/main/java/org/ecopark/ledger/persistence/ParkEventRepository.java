package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PARK_EVENT;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.persistence.jooq.tables.records.ParkEventRecord;
import org.jooq.DSLContext;

/** The events a park held or took part in. */
public final class ParkEventRepository implements RecordRepository<ParkEvent> {

    private final DSLContext dsl;

    public ParkEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The park's events, latest first. */
    public List<ParkEvent> findByPark(long parkId) {
        return dsl.selectFrom(PARK_EVENT).where(PARK_EVENT.PARK_ID.eq(parkId))
                .orderBy(PARK_EVENT.HELD_ON.desc(), PARK_EVENT.ID).fetch(ParkEventRepository::toModel);
    }

    @Override
    public Optional<ParkEvent> find(long id) {
        return dsl.selectFrom(PARK_EVENT).where(PARK_EVENT.ID.eq(id)).fetchOptional().map(ParkEventRepository::toModel);
    }

    @Override
    public long insert(ParkEvent event) {
        ParkEventRecord record = dsl.newRecord(PARK_EVENT);
        fill(record, event);
        record.store();
        return record.getId();
    }

    /** Inserts the event under its own id again: the undo of a delete. */
    @Override
    public void restore(ParkEvent event) {
        ParkEventRecord record = dsl.newRecord(PARK_EVENT);
        fill(record, event);
        record.setId(event.id());
        record.insert();
    }

    @Override
    public void update(ParkEvent event) {
        ParkEventRecord record = dsl.newRecord(PARK_EVENT);
        fill(record, event);
        dsl.update(PARK_EVENT).set(record).where(PARK_EVENT.ID.eq(event.id())).execute();
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(PARK_EVENT).where(PARK_EVENT.ID.eq(id)).execute();
    }

    private static ParkEvent toModel(ParkEventRecord r) {
        return new ParkEvent(r.getId(), r.getParkId(), r.getHeldOn(), r.getTitle(), EventType.valueOf(r.getEventType()),
                Boolean.TRUE.equals(r.getInternational()), r.getParticipants(), r.getLocation(), r.getNote());
    }

    private static void fill(ParkEventRecord record, ParkEvent e) {
        record.setParkId(e.parkId());
        record.setHeldOn(e.heldOn());
        record.setTitle(e.title());
        record.setEventType(e.type().name());
        record.setInternational(e.international());
        record.setParticipants(e.participants());
        record.setLocation(e.location());
        record.setNote(e.note());
    }
}
