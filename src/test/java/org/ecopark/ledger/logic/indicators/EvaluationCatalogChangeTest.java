package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog an evaluation reads (indicators, plans, metrics) is remembered between evaluations, never past a change. */
@ParameterizedClass
@EnumSource(Backend.class)
class EvaluationCatalogChangeTest {

    private static final String UNIT = "91370400000000002B";
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Parameter
    private Backend backend;

    private Database database;
    private UnitOfWork unitOfWork;
    private EvaluationService service;

    @BeforeEach
    void ledger() {
        database = backend.open("evaluation-catalog");
        unitOfWork = new UnitOfWork(database);
        new CatalogService(unitOfWork).installOrUpgrade();
        unitOfWork.inTransaction(repositories -> {
            long park = repositories.parks().findByCode("ZZSZ").orElseThrow().id();
            repositories.bulk().enterprises(park, List.of(new EnterpriseRow(UNIT, "水处理剂公司", "水处理剂",
                    "MANUFACTURING", true, LocalDate.of(2015, 1, 1), null, null, null, null, null)));
            repositories.bulk().staff(List.of(new StaffRow(UNIT, "研发员", null, "MASTER", null, true,
                    LocalDate.of(2024, 6, 1), null)));
            return null;
        });
        service = new EvaluationService(unitOfWork, "tester");
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void anIndicatorChangedSinceTheLastEvaluationIsComputedItsNewWay() {
        Evaluation patents = patentsTarget(service.evaluatePark("ZZSZ", END_2025));
        assertThat(patents.actual()).as("no patent at all: no data").isNull();
        String code = patents.target().indicatorCode();

        unitOfWork.inTransaction(repositories -> {
            Indicator indicator = repositories.indicators().findByCode(code).orElseThrow();
            return repositories.indicators().save(new Indicator(indicator.id(), code, indicator.name(),
                    Computation.RD_STAFF_FULLTIME.name(), "{}", indicator.unit(), indicator.description(), false));
        });

        Evaluation staff = service.evaluatePark("ZZSZ", END_2025).stream()
                .filter(e -> e.target().id() == patents.target().id()).findFirst().orElseThrow();
        assertThat(staff.actual()).isEqualByComparingTo("1");
    }

    private static Evaluation patentsTarget(List<Evaluation> evaluations) {
        return evaluations.stream().filter(e -> e.target().code().equals("ZZSZ-T06")).findFirst().orElseThrow();
    }
}
