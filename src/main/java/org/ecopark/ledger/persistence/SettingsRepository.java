package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Key-value settings that belong to a database, such as the park this installation serves. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.mergeInto(APP_SETTING)
                .using(dsl.selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    /** Stores the value unless the key has one already; returns the value stored under the key afterwards. */
    public String putIfAbsent(String key, String value) {
        dsl.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .onDuplicateKeyIgnore()
                .execute();
        return get(key).orElse(value);
    }

    public void remove(String key) {
        dsl.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
    }
}
