package org.ecopark.ledger.logic.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plan files between ledgers: one plan written as a signed plan file, and a plan file read, previewed and applied.
 * Applying goes the way a newer shipped catalog does ({@link CatalogService}): by code, in one transaction, keeping
 * everything the park added (baselines, hidden flags, its notes, manual values, evidence, its own plans, parks and
 * targets).
 */
public final class PlanFileService {

    private static final Logger LOGGER = LoggerFactory.getLogger(PlanFileService.class);

    private final UnitOfWork unitOfWork;
    private final SigningKeys keys;
    private final BeforeChange beforeChange;

    /** @param beforeChange asked for a backup before a plan file is applied to the ledger */
    public PlanFileService(UnitOfWork unitOfWork, SigningKeys keys, BeforeChange beforeChange) {
        this.unitOfWork = unitOfWork;
        this.keys = keys;
        this.beforeChange = beforeChange;
    }

    /** A plan file read and compared with the ledger: what importing it would do, and who signed it. */
    public record Preview(PlanFile.Signed file, PlanChanges changes) {

        public Plan plan() {
            return file.catalog().plan();
        }

        public DetachedSignature.Check signature() {
            return file.signature();
        }

        public boolean signerConfirmed() {
            return file.signature().verdict() == DetachedSignature.Verdict.TRUSTED;
        }
    }

    /**
     * Writes the plan {@code planCode} as a plan file signed by this ledger's key, at the plan's catalog version or
     * {@code version} when given (a changed plan goes out at a higher one, so that ledgers holding the old take it).
     *
     * @return the plan file as written, read back and checked
     */
    public PlanFile.Signed export(String planCode, Integer version, Path out) throws IOException {
        byte[] json = CatalogWriter.write(unitOfWork.read(), planCode, version);
        PlanFile.write(out, json, keys.key());
        PlanFile.Signed written = PlanFile.read(out, TrustedKeys.none());
        LOGGER.info("Plan {} written at catalog version {} to {}", written.catalog().plan().code(),
                written.catalog().plan().catalogVersion(), out);
        return written;
    }

    /** Reads the plan file and says what importing it would do; refused files throw {@link CatalogException}. */
    public Preview preview(Path file, TrustedKeys trusted) {
        PlanFile.Signed signed = PlanFile.read(file, trusted);
        var repositories = unitOfWork.read();
        refuseOver(repositories.plans().findByCode(signed.catalog().plan().code()), signed);
        return new Preview(signed, PlanComparison.compare(repositories, signed.catalog()));
    }

    /**
     * Applies a previewed plan file in one transaction, after a backup of the ledger as it was. The ledger is compared
     * again inside the transaction: what is applied is the file against the ledger as it is then, whatever was written
     * since the preview.
     *
     * @return what was done
     */
    public PlanChanges apply(Preview preview) {
        CatalogFile catalog = preview.file().catalog();
        if (preview.changes().writesSomething()) {
            beforeChange.before(BackupReason.BEFORE_PLAN); // no backup, no import: it throws
        }
        PlanChanges done = unitOfWork.inTransaction(repositories -> {
            refuseOver(repositories.plans().findByCode(catalog.plan().code()), preview.file());
            PlanChanges changes = PlanComparison.compare(repositories, catalog);
            if (changes.writesSomething()) {
                CatalogService.apply(repositories, catalog);
            }
            return changes;
        });
        LOGGER.info("Plan file {} imported: plan {} version {}, {} new, {} changed, {} kept, signer {} ({})",
                preview.file().name(), catalog.plan().code(), catalog.plan().catalogVersion(),
                done.count(PlanChanges.Kind.NEW), done.count(PlanChanges.Kind.CHANGED), done.count(PlanChanges.Kind.KEPT),
                preview.signature().fingerprint().text(), preview.signature().verdict());
        return done;
    }

    /** A plan of that code the park created itself, or a newer version of it, is never overwritten by a file. */
    private static void refuseOver(Optional<Plan> installed, PlanFile.Signed file) {
        Plan incoming = file.catalog().plan();
        if (installed.isEmpty()) {
            return;
        }
        if (!installed.get().shipped()) {
            throw new CatalogException(file.name(), List.of(I18n.tr("plans.import.userPlan", incoming.code())));
        }
        if (installed.get().catalogVersion() > incoming.catalogVersion()) {
            throw new CatalogException(file.name(), List.of(I18n.tr("plans.import.older", incoming.code(),
                    incoming.catalogVersion(), installed.get().catalogVersion())));
        }
    }
}
