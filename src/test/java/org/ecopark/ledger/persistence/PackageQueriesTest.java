package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.model.PackageRows.PatentEntry;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Which patents a park's package lists for 2025, with every owner in the certificate's order. */
@ParameterizedClass
@EnumSource(Backend.class)
class PackageQueriesTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Parameter
    private Backend backend;

    private Database database;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        database = backend.open("package-queries");
        dsl = database.dsl();
        dsl.execute("INSERT INTO park (id, code, name, short_name, city) VALUES (901, 'TSTA', '甲园区', '甲', '枣庄市'),"
                + " (902, 'TSTB', '乙园区', '乙', '枣庄市')");
        dsl.execute("INSERT INTO enterprise (id, park_id, uscc, name, segment) VALUES"
                + " (9011, 901, '913704020000000001', '甲一公司', 'MANUFACTURING'),"
                + " (9012, 901, '913704020000000002', '甲二公司', 'SERVICE'),"
                + " (9021, 902, '913704020000000003', '乙一公司', 'MANUFACTURING')");
        dsl.execute("INSERT INTO patent (id, number, title, patent_type, applied_on, granted_on, lapsed_on, status) VALUES"
                + " (1, 'ZL202310000001.1', '共有专利', 'INVENTION', DATE '2023-05-01', NULL, NULL, 'PENDING'),"
                + " (2, 'ZL202310000002.1', '乙园区的专利', 'INVENTION', DATE '2023-05-01', NULL, NULL, 'PENDING'),"
                + " (3, 'ZL202610000003.1', '期后申请', 'UTILITY_MODEL', DATE '2026-01-05', NULL, NULL, 'PENDING'),"
                + " (4, 'ZL202010000004.1', '期前失效', 'UTILITY_MODEL', DATE '2020-01-05', DATE '2021-01-05', DATE '2024-06-30', 'LAPSED'),"
                + " (5, 'ZL202410000005.1', '期内授权', 'INVENTION', DATE '2024-01-05', DATE '2025-03-01', NULL, 'GRANTED')");
        dsl.execute("INSERT INTO patent_owner (patent_id, enterprise_id, owner_order) VALUES"
                + " (1, 9021, 1), (1, 9011, 2), (2, 9021, 1), (3, 9011, 1), (4, 9012, 1), (5, 9012, 1)");
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void thePeriodsPatentsOfTheParksEnterprisesWithEveryOwnerInOrder() {
        List<PatentEntry> patents = new PackageQueries(dsl).patents(901, START, END);

        assertThat(patents).extracting(PatentEntry::number).containsExactly("ZL202410000005.1", "ZL202310000001.1");
        assertThat(patents.get(0).ownerUsccs()).containsExactly("913704020000000002");
        assertThat(patents.get(1).ownerUsccs()).containsExactly("913704020000000003", "913704020000000001");
        assertThat(patents.get(1).ownerNames()).containsExactly("乙一公司", "甲一公司");
    }

    @Test
    void theOtherParkListsItsOwnAndTheSharedPatent() {
        assertThat(new PackageQueries(dsl).patents(902, START, END)).extracting(PatentEntry::number)
                .containsExactly("ZL202310000001.1", "ZL202310000002.1");
    }

    @Test
    void thePatentsComeInTheOrderTheDatabaseSortsThem() {
        // granted on the same day, applied on the same day, never granted: ties the number settles
        String[][] more = {{"ZL202410000011.1", "2024-02-01", "2025-06-01"}, {"ZL202410000012.1", "2024-03-01", "2025-06-01"},
                {"ZL202410000010.1", "2024-03-01", "2025-06-01"}, {"ZL202210000013.1", "2022-03-01", "2023-01-09"},
                {"ZL202510000015.1", "2025-04-01", null}, {"ZL202510000014.1", "2025-04-01", null},
                {"ZL202510000016.1", "2025-07-01", null}, {"ZL202410000017.1", "2024-03-01", "2025-06-01"}};
        for (int i = 0; i < more.length; i++) {
            long id = 100 + i;
            String granted = more[i][2];
            dsl.execute("INSERT INTO patent (id, number, title, patent_type, applied_on, granted_on, status) VALUES (?, ?,"
                    + " '专利', 'INVENTION', CAST(? AS DATE), CAST(? AS DATE), ?)", id, more[i][0], more[i][1], granted,
                    granted == null ? "PENDING" : "GRANTED");
            dsl.execute("INSERT INTO patent_owner (patent_id, enterprise_id, owner_order) VALUES (?, 9012, 1)", id);
        }

        List<String> sorted = dsl.fetch("SELECT DISTINCT p.number, p.granted_on, p.applied_on FROM patent p"
                + " JOIN patent_owner o ON o.patent_id = p.id JOIN enterprise e ON e.id = o.enterprise_id"
                + " WHERE e.park_id = 901 AND p.applied_on <= ? AND (p.lapsed_on IS NULL OR p.lapsed_on >= ?)"
                + " ORDER BY p.granted_on DESC NULLS LAST, p.applied_on DESC, p.number", END, START).getValues(0, String.class);
        assertThat(sorted).hasSize(10);
        assertThat(new PackageQueries(dsl).patents(901, START, END)).extracting(PatentEntry::number)
                .containsExactlyElementsOf(sorted);
    }
}
