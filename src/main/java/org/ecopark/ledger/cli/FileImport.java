package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ChangeKind;
import org.ecopark.ledger.logic.collection.ImportCancelledException;
import org.ecopark.ledger.logic.collection.ImportPlan;
import org.ecopark.ledger.logic.collection.ImportRejectedException;
import org.ecopark.ledger.logic.collection.ImportResult;
import org.ecopark.ledger.logic.collection.ImportService;
import org.ecopark.ledger.logic.records.NotOnDiskException;
import org.ecopark.ledger.logic.records.RecordWriteException;

/** One file of {@code collect import}: says what happens to it, and commits it unless refused or a dry run. */
final class FileImport {

    private final ImportService imports;
    private final ImportPlan plan;
    private final Map<String, String> explanations;
    private final boolean replace;
    private final boolean dryRun;
    private final PrintWriter out;

    FileImport(ImportService imports, ImportPlan plan, Map<String, String> explanations, boolean replace, boolean dryRun,
               PrintWriter out) {
        this.imports = imports;
        this.plan = plan;
        this.explanations = explanations;
        this.replace = replace;
        this.dryRun = dryRun;
        this.out = out;
    }

    /** @return false when the file is (or would be) refused */
    boolean run() {
        String name = plan.fileName();
        if (plan.refused()) {
            out.println(I18n.tr("collection.cli.fileRefused", name));
            return false;
        }
        long unexplained = plan.warnings().stream().filter(w -> blank(explanations.get(w.warningId()))).count();
        if (unexplained > 0) {
            out.println(I18n.tr("collection.cli.unexplained", name, unexplained));
            return false;
        }
        if (plan.isReimport() && !replace) {
            out.println(I18n.tr("collection.cli.reimport", name));
            return false;
        }
        String counts = I18n.tr("collection.cli.counts", plan.count(ChangeKind.NEW), plan.count(ChangeKind.CHANGED),
                plan.count(ChangeKind.UNCHANGED));
        if (dryRun) {
            out.println(I18n.tr("collection.cli.wouldImport", name, counts));
            return true;
        }
        try {
            ImportResult result = imports.commit(plan, explanations, replace, (done, total, message) -> { }, () -> false);
            out.println(I18n.tr(result.replaced() ? "collection.cli.reimported" : "collection.cli.imported", name, counts));
            return true;
        } catch (ImportRejectedException | ImportCancelledException | RecordWriteException e) {
            out.println(I18n.tr("collection.cli.commitFailed", name, e.getMessage()));
            return false;
        } catch (NotOnDiskException e) {
            out.println(I18n.tr("collection.cli.notOnDisk", name, e.getMessage()));
            return false; // not "imported": the command must not exit 0 for it
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
