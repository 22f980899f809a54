package org.ecopark.ledger.logic.differential;

import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.logic.catalog.TargetException;
import org.ecopark.ledger.logic.indicators.IndicatorException;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;

/**
 * What the user enters for a target itself: a baseline its progress is measured from (which moves the window the
 * remembered aggregates are read over), and the evidence that a milestone was reached.
 */
final class TargetOperations {

    private final Ledger ledger;

    TargetOperations(Ledger ledger) {
        this.ledger = ledger;
    }

    Operation any() {
        List<Target> targets = ledger.services.targets().forPark(ledger.pick(Ledger.PARKS));
        List<Target> milestones = targets.stream().filter(t -> t.kind() == TargetKind.MILESTONE).toList();
        if (milestones.isEmpty() || ledger.chance(50)) {
            return baseline(ledger.pick(targets.stream().filter(t -> t.kind() != TargetKind.MILESTONE).toList()));
        }
        return evidence(ledger.pick(milestones));
    }

    private Operation baseline(Target target) {
        if (target.baselineValue() != null && ledger.chance(40)) {
            return Operation.write("target " + target.code() + " baseline cleared", () ->
                    ledger.services.targets().setBaseline(target.id(), null, null));
        }
        var value = ledger.amount(50);
        LocalDate date = ledger.day(LocalDate.of(2022, 6, 30), LocalDate.of(2024, 12, 31));
        return Operation.mayBeRefused("target " + target.code() + " baseline " + value + " at " + date, () ->
                ledger.services.targets().setBaseline(target.id(), value, date), TargetException.class);
    }

    private Operation evidence(Target target) {
        var evaluation = ledger.services.evaluation();
        List<MilestoneEvidence> present = evaluation.milestoneEvidence(target.id());
        if (!present.isEmpty() && ledger.chance(40)) {
            MilestoneEvidence gone = ledger.pick(present);
            return Operation.write("target " + target.code() + " evidence of " + gone.completedOn() + " deleted", () ->
                    evaluation.deleteMilestoneEvidence(gone.id()));
        }
        LocalDate completed = ledger.chance(20) ? null : ledger.day(Ledger.FIRST_DAY, Ledger.LAST_DAY);
        return Operation.mayBeRefused("target " + target.code() + " evidence: completed " + completed, () ->
                evaluation.recordMilestoneEvidence(target.id(), completed, "验收报告", null, null, null),
                IndicatorException.class);
    }
}
