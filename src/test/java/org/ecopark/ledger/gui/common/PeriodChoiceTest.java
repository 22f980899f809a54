package org.ecopark.ledger.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.ListChangeListener;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    @Test
    void startsAtThePeriodGivenWithItsParts() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.quarter(2025, 3));

        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2025, 3));
        assertThat(choice.parts()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void anotherTypeKeepsTheChosenTime() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.month(2025, 7));

        choice.typeProperty().set(PeriodType.QUARTER);
        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2025, 3));

        choice.typeProperty().set(PeriodType.MONTH);
        assertThat(choice.period()).isEqualTo(StatPeriod.month(2025, 7));
        assertThat(choice.parts()).hasSize(12);

        choice.typeProperty().set(PeriodType.YEAR);
        assertThat(choice.period()).isEqualTo(StatPeriod.year(2025));
        assertThat(choice.partProperty().get()).isNull();
        assertThat(choice.parts()).isEmpty();

        choice.typeProperty().set(PeriodType.QUARTER);
        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2025, 1));
    }

    @Test
    void whileTheTypeChangesNoListenerSeesAPartOfTheOldType() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.month(2025, 11));
        StatPeriod[] seen = new StatPeriod[1];
        // an invalidation listener is told before the choice's own change listener converts the part
        choice.typeProperty().addListener(ignored -> seen[0] = choice.period());

        choice.typeProperty().set(PeriodType.QUARTER);

        assertThat(seen[0]).isNull();
        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2025, 4));
    }

    @Test
    void showChoosesTypeYearAndPart() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.month(2025, 7));

        choice.show(StatPeriod.quarter(2024, 4));
        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2024, 4));

        choice.show(StatPeriod.year(2023));
        assertThat(choice.period()).isEqualTo(StatPeriod.year(2023));

        choice.show(StatPeriod.month(2026, 2));
        assertThat(choice.period()).isEqualTo(StatPeriod.month(2026, 2));
    }

    @Test
    void partsReplacedForAnotherTypeAreMarkedAsSuch() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.month(2025, 7));
        boolean[] seenWhileReplacing = {false};
        choice.parts().addListener((ListChangeListener<Integer>) change -> seenWhileReplacing[0] = choice.replacingParts());

        choice.typeProperty().set(PeriodType.QUARTER);

        assertThat(seenWhileReplacing[0]).isTrue();
        assertThat(choice.replacingParts()).isFalse();
    }

    @Test
    void anIncompleteChoiceHasNoPeriod() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.month(2025, 7));

        choice.partProperty().set(null);
        assertThat(choice.period()).isNull();
        choice.partProperty().set(3);
        choice.yearProperty().set(null);
        assertThat(choice.period()).isNull();
    }
}
