package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.INDICATOR;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.persistence.jooq.tables.records.IndicatorRecord;
import org.jooq.DSLContext;

/** Indicators: the computations targets are measured by. */
public final class IndicatorRepository {

    private final DSLContext dsl;

    public IndicatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Indicator> findAll() {
        return dsl.selectFrom(INDICATOR).orderBy(INDICATOR.ID).fetch(IndicatorRepository::toIndicator);
    }

    public Optional<Indicator> findByCode(String code) {
        return dsl.selectFrom(INDICATOR).where(INDICATOR.CODE.eq(code)).fetchOptional(IndicatorRepository::toIndicator);
    }

    /** Inserts the indicator, or updates it when its code exists; returns its id. */
    public long save(Indicator indicator) {
        IndicatorRecord record = dsl.selectFrom(INDICATOR).where(INDICATOR.CODE.eq(indicator.code())).fetchOptional()
                .orElseGet(() -> dsl.newRecord(INDICATOR));
        record.setCode(indicator.code());
        record.setName(indicator.name());
        record.setNameEn(indicator.nameEn());
        record.setComputation(indicator.computation());
        record.setParams(indicator.params() == null || indicator.params().isBlank() ? "{}" : indicator.params());
        // The column is NOT NULL: "" stands for "the target's own unit".
        record.setUnit(indicator.unit() == null ? "" : indicator.unit());
        record.setDescription(indicator.description());
        record.setShipped(indicator.shipped());
        record.store();
        return record.getId();
    }

    private static Indicator toIndicator(IndicatorRecord r) {
        return new Indicator(r.getId(), r.getCode(), r.getName(), r.getComputation(), r.getParams(), r.getUnit(),
                r.getDescription(), r.getShipped(), r.getNameEn());
    }
}
