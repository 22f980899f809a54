package org.ecopark.ledger.persistence;

import org.jooq.DSLContext;

/** Every repository over one connection or transaction; repositories are cheap, so they are made on demand. */
public final class Repositories {

    private final DSLContext dsl;

    Repositories(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ParkRepository parks() {
        return new ParkRepository(dsl);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(dsl);
    }

    public PlanRepository plans() {
        return new PlanRepository(dsl);
    }

    public TargetRepository targets() {
        return new TargetRepository(dsl);
    }

    public IndicatorRepository indicators() {
        return new IndicatorRepository(dsl);
    }
}
