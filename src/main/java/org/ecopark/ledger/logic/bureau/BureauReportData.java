package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.model.Decimals;

/**
 * Everything the consolidated report of a period shows, computed once so that its workbook and its PDF say the same.
 *
 * @param fingerprint the bureau ledger's signing key's fingerprint, printed on the cover beside the seal
 */
public record BureauReportData(String bureauName, String city, Consolidation.Matrix matrix,
                        List<CrossParkFigures.Figure> figures, List<ProvinceContributions.Row> province,
                        SignatureBlock signature, String fingerprint, Instant created, String programVersion) {

    private static final java.time.format.DateTimeFormatter LOCAL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The report's time of making on this computer's clock, as the park's report prints it. */
    String createdText() {
        return LOCAL_TIME.format(created.atZone(java.time.ZoneId.systemDefault()));
    }

    long accepted() {
        return matrix.parks().stream().filter(row -> row.state() == SubmissionStatus.State.RECEIVED).count();
    }

    /** "ZZSZ 枣庄市中区…（已退回（原因））; …": the parks left out of a figure, with their state; "—" for none. */
    public static String missing(List<SubmissionStatus.Row> rows) {
        if (rows.isEmpty()) {
            return "—";
        }
        return rows.stream().map(row -> I18n.tr("consolidation.report.parkWithState", row.park().code(),
                row.park().shortNameIn(I18n.locale()), row.stateText()))
                .collect(Collectors.joining(I18n.tr("consolidation.report.separator")));
    }

    /** A figure as the report prints it: at most two decimals; a dash for none. */
    public static String figure(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return Decimals.text(value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP));
    }

    /** What a cross-park figure's value means: the sum, the ratio of sums, the milestones achieved of reported. */
    public static String valueText(CrossParkFigures.Figure figure) {
        if (figure.note() != null) {
            return I18n.tr("consolidation.cross.note." + figure.note().name());
        }
        if (figure.value() == null) {
            return I18n.tr("consolidation.cross.noFigure");
        }
        if (figure.method() == CrossParkFigures.Method.MILESTONES) {
            return I18n.tr("consolidation.cross.milestonesValue", figure(figure.value()), figure.counted(),
                    figure.parksAllAchieved(), figure.contributing().size());
        }
        return figure(figure.value()) + " " + figure.unit();
    }

    /** What a province target gets: the parks' contribution, or why it has none. */
    public static String contributionText(ProvinceContributions.Row row) {
        return switch (row.source()) {
            case PARKS -> row.contribution() != null ? figure(row.contribution()) + " " + row.target().unit().symbol()
                    : row.contributing().isEmpty() ? I18n.tr("consolidation.province.nothingAccepted")
                    : I18n.tr("consolidation.cross.noFigure");
            case NEEDS_YEAR -> I18n.tr("consolidation.province.needsYear");
            case PROVINCE -> I18n.tr("consolidation.province.needsProvince");
        };
    }

    /** How a mapped province target is fed; the reason it is not, else. */
    public static String basisText(ProvinceContributions.Row row) {
        if (row.source() != ProvinceContributions.Source.PROVINCE) {
            return I18n.tr("consolidation.province.basis." + row.target().code());
        }
        return row.target().scope() == org.ecopark.ledger.model.TargetScope.CLUSTER
                ? I18n.tr("consolidation.province.basis.cluster") : I18n.tr("consolidation.province.basis.none");
    }
}
