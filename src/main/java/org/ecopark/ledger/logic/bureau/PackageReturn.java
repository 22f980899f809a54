package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.Returned;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The bureau sends a park's accepted package back (已退回): the package is marked returned with the reason, and a
 * return note signed by the bureau ledger's key is written for the park. Either both happen or neither does.
 */
public final class PackageReturn {

    /** The reason's column size. */
    public static final int MAX_REASON = 2000;

    private final UnitOfWork unitOfWork;
    private final SigningKeys keys;
    private final String user;
    private final Clock clock;

    public PackageReturn(UnitOfWork unitOfWork, SigningKeys keys, String user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.keys = keys;
        this.user = user;
        this.clock = clock;
    }

    /** What was returned, and the note written for the park. */
    public record Done(ReceivedPackage returned, ReturnNote note, Path file, String noteSha256) {
    }

    /**
     * Returns the accepted package of {@code parkCode} for {@code periodCode} and writes the note to {@code out}.
     *
     * @throws BureauException when this is no bureau ledger, the reason is empty or too long, the park is not one of
     *                         the bureau's, it has no accepted package for the period, that package was returned
     *                         already, or the note cannot be written; nothing is written then
     */
    public Done returnPackage(String parkCode, String periodCode, String reason, Path out) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BureauException(I18n.tr("bureau.return.noReason"));
        }
        if (why.length() > MAX_REASON) {
            throw new BureauException(I18n.tr("bureau.return.reasonTooLong", MAX_REASON));
        }
        String code = parkCode == null ? "" : parkCode.strip();
        return unitOfWork.inTransaction(repositories -> {
            BureauService.requireBureau(repositories);
            Park park = repositories.parks().findBureauParks().stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElseThrow(() -> new BureauException(I18n.tr("bureau.return.unknownPark", code)));
            SubmissionStatus.Row row = SubmissionStatus.row(park,
                    repositories.receivedPackages().findByPeriod(SubmissionStatus.period(periodCode).code()));
            if (row.state() == SubmissionStatus.State.RETURNED) {
                throw new BureauException(I18n.tr("bureau.return.already", code, row.current().periodCode(),
                        row.current().fileName(), row.current().returned().reason()));
            }
            if (row.state() != SubmissionStatus.State.RECEIVED) {
                throw new BureauException(I18n.tr("bureau.return.nothing", code, periodCode.strip()));
            }
            return write(repositories, row.current(), why, out);
        });
    }

    private Done write(Repositories repositories, ReceivedPackage current, String reason, Path out) {
        Instant now = clock.instant();
        String bureau = repositories.settings().get(BureauService.NAME).orElse("");
        ReturnNote note = new ReturnNote(ReturnNote.FORMAT_VERSION, bureau, current.parkCode(), current.periodCode(),
                current.fileName(), current.sha256(), reason, now.toString(), user);
        byte[] zip = note.toZip(keys.key());
        String sha256 = PackageIntake.sha256(zip);
        Returned returned = new Returned(reason, now, user, sha256);
        repositories.receivedPackages().markReturned(current.id(), returned);
        repositories.audit().write(user, SubmissionService.AUDIT_TABLE, String.valueOf(current.id()), AuditAction.UPDATE,
                null, Map.of("returned", current.fileName(), "reason", reason, "note", sha256));
        try {
            DurableFiles.write(out, stream -> stream.write(zip)); // the last step: a failure rolls the return back
        } catch (IOException e) {
            throw new BureauException(I18n.tr("bureau.return.cannotWrite", out, String.valueOf(e.getMessage())), e);
        }
        return new Done(repositories.receivedPackages().find(current.id()).orElseThrow(), note, out, sha256);
    }
}
