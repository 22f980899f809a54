package org.ecopark.ledger.gui.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetStatus;

/** How the dashboard and the detail write an evaluation's figures: 55.3 / 60 亿元, 已完成, 正常推进. */
public final class EvaluationTexts {

    /** Shown where there is no value, instead of an empty space that looks like a layout fault. */
    public static final String NONE = "—";

    private EvaluationTexts() {
    }

    /** At most two decimals, no trailing zeros: 55.3, 215, 2.83. */
    public static String number(BigDecimal value) {
        return value == null ? NONE : Decimals.text(value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP));
    }

    /** {@code 55.3 / 60 亿元}; a milestone reads 已完成 / 未完成 instead of 1 / 1 个. */
    static String valueOverTarget(Evaluation evaluation) {
        if (evaluation.target().kind() == TargetKind.MILESTONE) {
            return milestone(evaluation);
        }
        return I18n.tr("indicators.dashboard.value", number(evaluation.actual()),
                number(evaluation.target().value()), evaluation.target().unit().symbol());
    }

    static String milestone(Evaluation evaluation) {
        if (!evaluation.hasData()) {
            return NONE;
        }
        return I18n.tr(evaluation.met() ? "indicators.dashboard.milestone.done" : "indicators.dashboard.milestone.open");
    }

    /** A value with the target's unit, e.g. {@code 4.7 亿元}; the dash alone without a value. */
    static String withUnit(BigDecimal value, Evaluation evaluation) {
        return value == null ? NONE : number(value) + " " + evaluation.target().unit().symbol();
    }

    /**
     * How far the actual value is from the target: the distance left, or "超出 …" once the actual value has gone past
     * it, never a negative number.
     */
    static String gap(Evaluation evaluation) {
        BigDecimal gap = evaluation.gap();
        return gap != null && gap.signum() < 0
                ? I18n.tr("indicators.detail.figure.exceeded", withUnit(gap.negate(), evaluation))
                : withUnit(gap, evaluation);
    }

    public static String status(TargetStatus status) {
        return I18n.tr("indicators.status." + status.name());
    }

    static String kind(TargetKind kind) {
        return I18n.tr("targets.kind." + kind.name());
    }
}
