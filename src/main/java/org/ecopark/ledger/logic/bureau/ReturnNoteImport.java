package org.ecopark.ledger.logic.bureau;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.LedgerRole;
import org.ecopark.ledger.model.Returned;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A park's ledger takes in the bureau's return note: the note must be intact and signed, be for this ledger's park and
 * name a package this ledger exported; that package is then marked returned (已退回) with the bureau's reason. A note
 * signed by a key the park has not registered is taken only once the user confirms its fingerprint.
 */
public final class ReturnNoteImport {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReturnNoteImport.class);
    /** The returned_by column's size. */
    private static final int MAX_BY = 200;

    private final UnitOfWork unitOfWork;
    private final String user;

    public ReturnNoteImport(UnitOfWork unitOfWork, String user) {
        this.unitOfWork = unitOfWork;
        this.user = user;
    }

    /**
     * A checked note and the exported package it returns.
     *
     * @param importedBefore this very note was imported already: nothing more to do
     */
    public record Preview(ReturnNote.Signed file, Submission submission, boolean importedBefore) {

        public ReturnNote note() {
            return file.note();
        }

        public boolean signerConfirmed() {
            return file.signerConfirmed();
        }
    }

    /**
     * Reads and checks the note against the ledger.
     *
     * @throws BureauException with one sentence when the note is refused: not a note, changed, unsigned, for another
     *                         park, or about a package this ledger did not export
     */
    public Preview preview(Path file, TrustedKeys trusted) {
        ReturnNote.Signed signed = ReturnNote.read(file, trusted);
        return check(unitOfWork.read(), signed);
    }

    /**
     * Marks the package returned in one transaction.
     *
     * @param fingerprintConfirmed the user checked an unregistered signer's fingerprint with the bureau
     * @return the package as now recorded
     * @throws BureauException when the signer is unconfirmed and not confirmed, or the note is refused now
     */
    public Submission apply(Preview preview, boolean fingerprintConfirmed) {
        if (!preview.signerConfirmed() && !fingerprintConfirmed) {
            throw new BureauException(I18n.tr("bureau.note.unconfirmed", preview.file().signature().fingerprint().text()));
        }
        Submission done = unitOfWork.inTransaction(repositories -> {
            Preview now = check(repositories, preview.file());
            if (now.importedBefore()) {
                return now.submission();
            }
            ReturnNote note = preview.note();
            Returned returned = new Returned(note.reason(), returnedAt(preview.file()), returnedBy(note),
                    preview.file().sha256());
            repositories.submissions().markReturned(now.submission().id(), returned);
            repositories.audit().write(user, SubmissionService.AUDIT_TABLE, String.valueOf(now.submission().id()), AuditAction.UPDATE,
                    null, Map.of("returned", note.reason(), "note", preview.file().sha256(),
                            "signer", preview.file().signature().fingerprint().text()));
            return repositories.submissions().find(now.submission().id()).orElseThrow();
        });
        LOGGER.info("Return note {} imported: package {} returned, signer {} ({})", preview.file().fileName(),
                done.fileName(), preview.file().signature().fingerprint().text(), preview.file().signature().verdict());
        return done;
    }

    private static Preview check(Repositories repositories, ReturnNote.Signed signed) {
        if (BureauService.role(repositories) == LedgerRole.BUREAU) {
            throw new BureauException(I18n.tr("bureau.notPark"));
        }
        ReturnNote note = signed.note();
        Optional<Submission> before = repositories.submissions().findByReturnNote(signed.sha256());
        if (before.isPresent()) {
            return new Preview(signed, before.get(), true);
        }
        Optional<Submission> exported = repositories.submissions().findExportBySha256(note.packageSha256());
        boolean ourPark = repositories.parks().findByCode(note.parkCode())
                .map(park -> repositories.submissions().findByPark(park.id()).stream()
                        .anyMatch(s -> s.direction() == Submission.Direction.EXPORT))
                .orElse(false);
        if (!ourPark || exported.isPresent() && !exported.get().parkCode().equals(note.parkCode())) {
            throw new BureauException(I18n.tr("bureau.note.otherPark", signed.fileName(), note.parkCode()));
        }
        if (exported.isEmpty()) {
            throw new BureauException(I18n.tr("bureau.note.unknownPackage", signed.fileName(),
                    String.valueOf(note.packageFile()), note.periodCode()));
        }
        return new Preview(signed, exported.get(), false);
    }

    private static Instant returnedAt(ReturnNote.Signed file) {
        return Instant.parse(file.note().returnedAt()); // checked when the note was read
    }

    /** The bureau's name; the person who returned it when the note names no bureau. */
    private static String returnedBy(ReturnNote note) {
        String bureau = note.bureau() == null ? "" : note.bureau().strip();
        String who = bureau.isEmpty() ? String.valueOf(note.returnedBy()).strip() : bureau;
        return who.length() > MAX_BY ? who.substring(0, MAX_BY) : who;
    }
}
