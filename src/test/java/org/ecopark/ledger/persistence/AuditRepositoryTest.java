package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.WarningOverride;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class AuditRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private AuditRepository audit;

    @BeforeEach
    void open() {
        database = backend.open("audit-repository");
        audit = new AuditRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void aRecordsChangesAreLoggedAsJsonAndReadBackInOrder() {
        Enterprise before = RecordFixtures.xinquan(7).withId(42);
        Enterprise after = new Enterprise(42, 7, before.uscc(), before.name(), "鑫泉", before.segment(), true,
                before.settledOn(), null, "孙立强", "0632-3156079", before.address(), null, before.titles());

        audit.write("zhangwei", "enterprise", "42", AuditAction.INSERT, null, before);
        audit.write("zhangwei", "enterprise", "42", AuditAction.UPDATE, before, after);
        audit.write("liming", "enterprise", "43", AuditAction.DELETE, after, null);

        List<AuditEntry> history = audit.history("enterprise", "42");
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(history.get(0).oldValues()).isNull();
        assertThat(history.get(0).changedBy()).isEqualTo("zhangwei");
        assertThat(history.get(1).newValues()).contains("\"contactPhone\":\"0632-3156079\"")
                .contains("\"settledOn\":\"2019-05-20\"");
        assertThat(AuditJson.decode(history.get(1).oldValues(), Enterprise.class)).isEqualTo(before);
        assertThat(audit.count("enterprise")).isEqualTo(3);
    }

    @Test
    void fieldsFlattenAJsonObjectForDisplay() {
        String json = AuditJson.encode(RecordFixtures.juheng(3));

        var fields = AuditJson.fields(json);

        assertThat(fields).containsEntry("name", "山东聚恒新材料股份有限公司").containsEntry("leftOn", null)
                .containsEntry("segment", "MANUFACTURING");
        assertThat(fields.get("titles")).startsWith("[{").contains("NATIONAL_LITTLE_GIANT");
    }

    @Test
    void warningOverridesAreKeptPerRow() {
        WarningOverrideRepository overrides = new WarningOverrideRepository(database.dsl());
        WarningOverride stored = overrides.insert(new WarningOverride(0, "enterprise", 5, "uscc:validation.uscc.orgcode",
                "营业执照原件核对无误", "zhangwei", null));
        overrides.insert(new WarningOverride(0, "enterprise", 6, "uscc:validation.uscc.orgcode", "已核对", "zhangwei", null));

        assertThat(overrides.find("enterprise", 5)).extracting(WarningOverride::explanation)
                .containsExactly("营业执照原件核对无误");
        assertThat(stored.overriddenAt()).isNotNull();
        overrides.delete(stored.id());
        assertThat(overrides.find("enterprise", 5)).isEmpty();
        assertThat(overrides.findAll("enterprise")).hasSize(1);
    }
}
