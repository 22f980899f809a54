package org.ecopark.ledger.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
        List<Object> seen = new ArrayList<>();
        // an invalidation listener is told before the choice's own change listener converts the part; JavaFX hands
        // a listener's exception to the thread's handler, so it is caught here to be seen
        choice.typeProperty().addListener(ignored -> seen.add(periodOrFailure(choice)));
        choice.parts().addListener((ListChangeListener<Integer>) change -> seen.add(periodOrFailure(choice)));

        choice.typeProperty().set(PeriodType.QUARTER);

        assertThat(seen).hasSize(2).containsOnly("none");
        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2025, 4));
    }

    @Test
    void aMonthThatIsAlsoAQuarterIsNotSeenAsOneWhileTheTypeChanges() {
        PeriodChoice choice = new PeriodChoice(StatPeriod.month(2025, 3));
        List<Object> seen = new ArrayList<>();
        choice.typeProperty().addListener(ignored -> seen.add(periodOrFailure(choice)));
        choice.partProperty().addListener(ignored -> seen.add(periodOrFailure(choice)));

        choice.typeProperty().set(PeriodType.QUARTER);

        // March is in the first quarter: the part becomes 1, and no one sees a third quarter on the way
        assertThat(seen).containsExactly("none", StatPeriod.quarter(2025, 1));
        assertThat(choice.period()).isEqualTo(StatPeriod.quarter(2025, 1));
    }

    private static Object periodOrFailure(PeriodChoice choice) {
        try {
            StatPeriod period = choice.period();
            return period == null ? "none" : period;
        } catch (RuntimeException e) {
            return e;
        }
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
