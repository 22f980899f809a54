package org.ecopark.ledger.logic.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.PackageRows.StatFigure;
import org.ecopark.ledger.model.TargetDetail;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.PackageQueries;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/** Reads what a package holds: the targets judged at the as-of date and the park's records of the period. */
final class PackageCollector {

    private final UnitOfWork unitOfWork;
    private final EvaluationService evaluation;

    PackageCollector(UnitOfWork unitOfWork, EvaluationService evaluation) {
        this.unitOfWork = unitOfWork;
        this.evaluation = evaluation;
    }

    /**
     * @param progress told the share done of this step, 0 to 1
     * @throws PackageException when the ledger has no park of that code
     */
    PackageData collect(ExportRequest request, Instant created, String signerFingerprint, ExportProgress progress,
                        BooleanSupplier cancelled) {
        Repositories read = unitOfWork.read();
        Park park = read.parks().findByCode(request.parkCode())
                .orElseThrow(() -> new PackageException(I18n.tr("submission.error.unknownPark", request.parkCode())));
        ReportPeriod period = request.period();
        LocalDate asOf = request.asOf();
        progress.update(0, I18n.tr("submission.progress.evaluating"));
        // the report draws each target's trajectory; the records behind it are not part of the package
        List<TargetDetail> judged = evaluation.evaluateParkWithTrajectories(park.code(), asOf, PeriodType.MONTH);
        List<Evaluation> evaluations = new ArrayList<>(judged.size());
        Map<String, TargetDetail> details = new HashMap<>();
        for (TargetDetail detail : judged) {
            evaluations.add(detail.evaluation());
            details.put(detail.evaluation().target().code(), detail);
        }
        ExportCancelledException.check(cancelled);
        progress.update(0.6, I18n.tr("submission.progress.reading"));
        PackageQueries queries = read.packageQueries();
        long parkId = park.id();
        List<Enterprise> enterprises = read.enterprises().findByPark(parkId).stream()
                .filter(e -> presentIn(e, period)).toList();
        PackageData.Streamed<StatFigure> statistics = each -> queries.statistics(parkId, period.start(), period.end(),
                each::accept);
        ExportCancelledException.check(cancelled);
        progress.update(0.8, I18n.tr("submission.progress.reading"));
        var data = new PackageData(park, period, asOf, created, AppInfo.version(), request.signature(),
                request.staffNames(), evaluations, details, enterprises, statistics,
                queries.patents(parkId, period.start(), period.end()),
                queries.staff(parkId, period.start(), period.end()),
                queries.standards(parkId, period.end()),
                queries.projects(parkId, period.start(), period.end()),
                queries.platforms(parkId, period.start(), period.end()),
                queries.events(parkId, period.start(), period.end()),
                evaluation.milestones(TargetScope.PARK, park.code(), asOf),
                queries.overriddenWarnings(parkId), signerFingerprint);
        progress.update(1, I18n.tr("submission.progress.reading"));
        return data;
    }

    /** Settled by the period end (or undated) and not gone before its start. */
    private static boolean presentIn(Enterprise enterprise, ReportPeriod period) {
        return (enterprise.settledOn() == null || !enterprise.settledOn().isAfter(period.end()))
                && (enterprise.leftOn() == null || !enterprise.leftOn().isBefore(period.start()));
    }
}
