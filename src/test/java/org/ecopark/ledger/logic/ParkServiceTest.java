package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParkServiceTest {

    private Services services;

    @BeforeEach
    void open() {
        services = new Services(Database.inMemory("park-service-" + System.nanoTime()));
        services.unitOfWork().inTransaction(repositories -> repositories.parks().save(
                new Park(0, "TESTPK", "测试生态环保产业园区", "测试", "济南市", "历城区", null, "环境服务", false)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void noParkIsSelectedUntilSomeoneChooses() {
        assertThat(services.parks().selectedPark()).isEmpty();
    }

    @Test
    void theChosenParkIsRemembered() {
        services.parks().selectPark("TESTPK");
        assertThat(services.parks().selectedPark()).get().extracting(Park::code).isEqualTo("TESTPK");
    }

    @Test
    void anUnknownParkCannotBeChosen() {
        assertThatThrownBy(() -> services.parks().selectPark("NOPE")).isInstanceOf(IllegalArgumentException.class);
        assertThat(services.parks().selectedPark()).isEmpty();
    }
}
