package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.TargetStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The city's figures across two parks against a recomputation from the parks' own ledgers: sums of their figures, a
 * ratio of the sums of its parts (which a mean of the parks' ratios would not give), milestones counted, and the
 * parks left out named.
 */
class CrossParkFiguresTest extends TwoParkBureauTest {

    private static Map<String, Evaluation> firstOwn;
    private static Map<String, Evaluation> secondOwn;

    @BeforeAll
    static void ownEvaluations() {
        firstOwn = TwoParkBureau.evaluations(parks.first);
        secondOwn = TwoParkBureau.evaluations(parks.second);
    }

    private List<CrossParkFigures.Figure> figures() {
        return bureau.crossParkFigures().figures(bureau.consolidation().matrix("2025"));
    }

    private static CrossParkFigures.Figure figure(List<CrossParkFigures.Figure> figures, String indicator) {
        return figures.stream().filter(f -> indicator.equals(f.indicatorCode())).findFirst().orElseThrow();
    }

    @Test
    void aRatioIsTheRatioOfTheSumsOfItsPartsFromBothParksLedgers() {
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);

        CrossParkFigures.Figure ratio = figure(figures(), "RD_SPENDING_SHARE_OF_OUTPUT");

        BigDecimal numerator = TwoParkBureau.yearSum(parks.first, "RD_SPENDING")
                .add(TwoParkBureau.yearSum(parks.second, "RD_SPENDING"));
        BigDecimal denominator = TwoParkBureau.yearSum(parks.first, "OUTPUT_VALUE")
                .add(TwoParkBureau.yearSum(parks.second, "OUTPUT_VALUE"));
        BigDecimal ratioOfSums = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64);
        BigDecimal firstRatio = firstOwn.get("ZZSZ-T04").actual();
        BigDecimal secondRatio = secondOwn.get(SubmissionFixture.SECOND_RATIO_TARGET).actual();
        BigDecimal meanOfRatios = firstRatio.add(secondRatio).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);

        assertThat(ratio.method()).isEqualTo(CrossParkFigures.Method.RATIO_OF_SUMS);
        assertThat(ratio.numerator()).isEqualByComparingTo(numerator);
        assertThat(ratio.denominator()).isEqualByComparingTo(denominator);
        assertThat(ratio.value()).isEqualByComparingTo(ratioOfSums.setScale(4, RoundingMode.HALF_UP));
        // the two parks differ in size: a mean of their ratios is another figure, which the city's must not be
        assertThat(meanOfRatios).isNotEqualByComparingTo(ratioOfSums.setScale(4, RoundingMode.HALF_UP));
        assertThat(ratio.value()).isNotEqualByComparingTo(meanOfRatios);
        assertThat(ratio.counted()).isEqualTo(2);
        assertThat(ratio.contributing()).extracting(p -> p.code()).containsExactlyInAnyOrder("ZZSZ", "BZHM");
        // each park's parts give back the ratio its own ledger evaluated
        for (CrossParkFigures.ParkFigure part : ratio.parts()) {
            BigDecimal own = part.cell().park().code().equals("ZZSZ") ? firstRatio : secondRatio;
            assertThat(CrossParkFigures.percent(part.numerator(), part.denominator())).isEqualByComparingTo(own);
        }
    }

    @Test
    void amountsAddUpOneFigurePerParkAndMilestonesAreCounted() {
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);

        List<CrossParkFigures.Figure> figures = figures();
        CrossParkFigures.Figure revenue = figure(figures, "MAIN_REVENUE_YEAR_SUM");

        BigDecimal own = firstOwn.get("ZZSZ-T02").actual().add(secondOwn.values().stream()
                .filter(e -> e.target().indicatorCode().equals("MAIN_REVENUE_YEAR_SUM")).findFirst().orElseThrow()
                .actual());
        assertThat(revenue.method()).isEqualTo(CrossParkFigures.Method.SUM);
        assertThat(revenue.unit()).isEqualTo("亿元");
        assertThat(revenue.value()).isEqualByComparingTo(own);
        assertThat(revenue.counted()).isEqualTo(2);
        assertThat(revenue.parks()).isEqualTo(2);
        assertThat(revenue.missing()).isEmpty();
        assertThat(revenue.targetSum()).isEqualByComparingTo(firstOwn.get("ZZSZ-T02").target().value()
                .add(secondOwn.values().stream().filter(e -> e.target().indicatorCode().equals("MAIN_REVENUE_YEAR_SUM"))
                        .findFirst().orElseThrow().target().value()));

        CrossParkFigures.Figure milestones = figures.stream()
                .filter(f -> f.method() == CrossParkFigures.Method.MILESTONES).findFirst().orElseThrow();
        List<Evaluation> ownMilestones = secondOwn.values().stream()
                .filter(e -> e.target().indicatorCode().equals(milestones.indicatorCode())
                        && e.target().unit().symbol().equals(milestones.unit())).toList();
        assertThat(milestones.counted()).isEqualTo(ownMilestones.size()).isPositive();
        assertThat(milestones.value()).isEqualByComparingTo(BigDecimal.valueOf(
                ownMilestones.stream().filter(e -> e.status() == TargetStatus.ACHIEVED).count()));
        assertThat(milestones.contributing()).extracting(p -> p.code()).containsExactly(SubmissionFixture.SECOND_PARK);
        assertThat(milestones.parksAllAchieved())
                .isEqualTo(ownMilestones.stream().allMatch(e -> e.status() == TargetStatus.ACHIEVED) ? 1 : 0);
    }

    @Test
    void aParkWhosePackageWasNotAcceptedIsNamedAndLeftOut() {
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);
        bureau.packageReturn().returnPackage(SubmissionFixture.SECOND_PARK, "2025", "数据有误", folder.resolve("note.zip"));

        List<CrossParkFigures.Figure> figures = figures();
        CrossParkFigures.Figure revenue = figure(figures, "MAIN_REVENUE_YEAR_SUM");
        CrossParkFigures.Figure ratio = figure(figures, "RD_SPENDING_SHARE_OF_OUTPUT");

        assertThat(revenue.value()).isEqualByComparingTo(firstOwn.get("ZZSZ-T02").actual());
        assertThat(revenue.counted()).isEqualTo(1);
        assertThat(revenue.contributing()).extracting(p -> p.code()).containsExactly("ZZSZ");
        assertThat(revenue.missing()).singleElement().satisfies(row -> {
            assertThat(row.park().code()).isEqualTo(SubmissionFixture.SECOND_PARK);
            assertThat(row.state()).isEqualTo(SubmissionStatus.State.RETURNED);
        });
        assertThat(ratio.value()).isEqualByComparingTo(firstOwn.get("ZZSZ-T04").actual());
        assertThat(ratio.parks()).isEqualTo(2);
    }

    @Test
    void aPeriodAfterTheYearsStartHasNoRatioThePackagesCannotGive() {
        CrossParkFigures.Figure ratio = bureau.crossParkFigures().figures(bureau.consolidation().matrix("2025Q3"))
                .stream().filter(f -> "RD_SPENDING_SHARE_OF_OUTPUT".equals(f.indicatorCode())).findFirst().orElseThrow();

        assertThat(ratio.value()).isNull();
        assertThat(ratio.note()).isEqualTo(CrossParkFigures.Note.NEEDS_YEAR_TO_DATE);
        assertThat(ratio.missing()).hasSize(2);
    }
}
