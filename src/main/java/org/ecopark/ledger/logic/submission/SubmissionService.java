package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.NotDurableException;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The submission use cases: export a park's package for a period and record it in the history (a second
 * export of the same period is a re-submission that supersedes the latest earlier one), list the history,
 * verify a package file, and remember each park's signature block.
 */
public final class SubmissionService {

    /** The table the history lives in, as the audit log names it. */
    public static final String AUDIT_TABLE = "submission";

    private static final Logger LOGGER = LoggerFactory.getLogger(SubmissionService.class);
    /** The history's column sizes. */
    static final int MAX_RECIPIENT = 200;
    static final int MAX_NOTE = 2000;
    private static final int DEFAULT_PLAN_START = 2023;
    private static final int DEFAULT_PLAN_END = 2025;
    private static final String SIGNATURE_KEY = "submission-signature.";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final UnitOfWork unitOfWork;
    private final PackageExporter exporter;
    private final org.ecopark.ledger.logic.signing.SigningKeys keys;
    private final String user;

    /**
     * @param user the computer's login: the audit log's author, and the history's 经办人 when the signature block
     *             names no 填表人
     */
    public SubmissionService(UnitOfWork unitOfWork, EvaluationService evaluation, String user,
                             org.ecopark.ledger.logic.signing.SigningKeys keys) {
        this.unitOfWork = unitOfWork;
        this.exporter = new PackageExporter(unitOfWork, evaluation, keys);
        this.keys = keys;
        this.user = user;
    }

    /** What an export produced and how the history recorded it. */
    public record Exported(Submission submission, PackageExporter.Result result) {
    }

    /**
     * Writes the package and records it; the signature block is remembered for the park's next export. When this
     * returns, the package is on the disk under its name and its record is in the ledger on the disk.
     *
     * @throws PackageException         when the park is unknown, the package cannot be written, or it was recorded but
     *                                  the disk did not confirm the record; any other failure to record it removes it
     * @throws ExportCancelledException when cancelled; nothing is written or recorded
     */
    public Exported export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled) {
        Park park = park(request.parkCode());
        if (request.recipient().length() > MAX_RECIPIENT || request.note().length() > MAX_NOTE) {
            throw new PackageException(I18n.tr("submission.error.tooLong", MAX_RECIPIENT, MAX_NOTE));
        }
        PackageExporter.Result result = exporter.export(request, progress, cancelled);
        try {
            return new Exported(record(request, park, result), result);
        } catch (NotDurableException e) {
            if (e.written()) {
                throw new PackageException(I18n.tr("submission.error.notOnDisk", result.file()), e); // recorded: the file stays
            }
            deleteQuietly(result.file()); // writing the ledger failed: not in the history, as below
            throw new PackageException(org.ecopark.ledger.logic.LedgerFaults.message(e).orElseThrow(), e);
        } catch (RuntimeException e) {
            // not in the history: a package the user is told failed must not be left behind as if it had been sent
            deleteQuietly(result.file());
            throw e;
        }
    }

    /** Records the package written (on the disk already) in the history; the signature block is remembered. */
    private Submission record(ExportRequest request, Park park, PackageExporter.Result result) {
        return unitOfWork.inTransaction(repositories -> {
            var submissions = repositories.submissions();
            Optional<Submission> earlier = submissions.latest(park.id(), request.period().code(), Submission.Direction.EXPORT);
            // 经办人 is the 填表人 the clerk typed; the computer's login only when the form names nobody
            String handler = request.signature().handler(user);
            Submission submission = new Submission(0, park.id(), park.code(), request.period().code(),
                    request.period().start(), request.period().end(), result.manifest().created(), handler,
                    result.file().getFileName().toString(), result.sha256(), result.manifest().templateVersion(),
                    blankToNull(request.recipient()), blankToNull(request.note()), earlier.isPresent(),
                    Submission.Direction.EXPORT, earlier.map(Submission::id).orElse(null), null);
            long id = submissions.insert(submission);
            Submission stored = submission.withId(id);
            repositories.audit().write(user, AUDIT_TABLE, String.valueOf(id), AuditAction.INSERT, null, stored);
            repositories.settings().put(SIGNATURE_KEY + park.code(), signatureJson(request.signature()));
            return stored;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            LOGGER.warn("Could not remove the unrecorded package {}", file, e);
        }
    }

    /** The park's submissions, newest first. */
    public List<Submission> history(String parkCode) {
        return unitOfWork.read().submissions().findByPark(park(parkCode).id());
    }

    /** Whether the park already sent a package for the period: a new export would be a re-submission. */
    public boolean submitted(String parkCode, ReportPeriod period) {
        return unitOfWork.read().submissions().latest(park(parkCode).id(), period.code(), Submission.Direction.EXPORT)
                .isPresent();
    }

    /**
     * The whole plan period of the park's targets as whole years (the 311 plan: 2023-2025): the plan with the
     * park's targets that ends last. Falls back to the 311 plan's years for a park without targets.
     */
    public ReportPeriod planPeriod(String parkCode) {
        var read = unitOfWork.read();
        java.util.Set<String> plans = new java.util.HashSet<>();
        read.targets().find(org.ecopark.ledger.model.TargetFilter.park(parkCode)).forEach(t -> plans.add(t.planCode()));
        return read.plans().findAll().stream().filter(plan -> plans.contains(plan.code()))
                .filter(plan -> plan.end().getYear() > plan.start().getYear())
                .max(java.util.Comparator.comparing(org.ecopark.ledger.model.Plan::end))
                .map(plan -> ReportPeriod.years(plan.start().getYear(), plan.end().getYear()))
                .orElse(ReportPeriod.years(DEFAULT_PLAN_START, DEFAULT_PLAN_END));
    }

    /**
     * Checks a package file against its manifest and its signature; this ledger's own key counts as registered, so
     * that the ledger's own packages show as its own.
     */
    public PackageVerifier.Result verify(Path file, String parkCode) {
        Park park = park(parkCode);
        return PackageVerifier.verify(file, TrustedKeys.of(List.of(PublicKeyFile.of(keys.key(), park.code(), park.name()))));
    }

    /** The signature block last used for the park; empty fields when none was saved. */
    public SignatureBlock signature(String parkCode) {
        return unitOfWork.read().settings().get(SIGNATURE_KEY + parkCode).map(SubmissionService::readSignature)
                .orElse(SignatureBlock.EMPTY);
    }

    public void saveSignature(String parkCode, SignatureBlock signature) {
        unitOfWork.inTransaction(repositories -> {
            repositories.settings().put(SIGNATURE_KEY + parkCode, signatureJson(signature));
            return null;
        });
    }

    /** The file name a package gets unless the user picks another: {@code ZZSZ_2025Q3_20251005-0930.zip}. */
    public static String defaultFileName(String parkCode, ReportPeriod period, LocalDateTime now) {
        return parkCode + "_" + period.code() + "_" + FILE_TIME.format(now) + ".zip";
    }

    private Park park(String code) {
        return unitOfWork.read().parks().findByCode(code)
                .orElseThrow(() -> new PackageException(I18n.tr("submission.error.unknownPark", code)));
    }

    private static String signatureJson(SignatureBlock signature) {
        try {
            return PackageJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(signature);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A signature block is plain text", e);
        }
    }

    private static SignatureBlock readSignature(String json) {
        try {
            return PackageJson.MAPPER.readValue(json, SignatureBlock.class);
        } catch (JsonProcessingException e) {
            LOGGER.warn("The saved signature block cannot be read; starting from an empty one", e);
            return SignatureBlock.EMPTY;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
