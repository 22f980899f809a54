package org.ecopark.ledger.logic.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.PlanChanges.Change;
import org.ecopark.ledger.logic.catalog.PlanChanges.FieldChange;
import org.ecopark.ledger.logic.catalog.PlanChanges.Kind;
import org.ecopark.ledger.model.Plan;

/** A plan file's preview in the user's language: who signed it, a summary line, and one line per entry touched. */
public final class PlanChangesText {

    private PlanChangesText() {
    }

    /** Who signed the file, and whether that is confirmed. */
    public static String signer(PlanFileService.Preview preview) {
        return preview.signerConfirmed()
                ? I18n.tr("plans.signer.trusted", preview.signature().registered().map(key -> key.parkName()).orElse(""))
                : I18n.tr("plans.signer.unconfirmed", preview.signature().fingerprint().text());
    }

    public static String summary(Plan plan, PlanChanges changes) {
        return I18n.tr("plans.summary", plan.code(), plan.name(), String.valueOf(plan.catalogVersion()),
                changes.count(Kind.NEW), changes.count(Kind.CHANGED), changes.unchanged(), changes.count(Kind.KEPT));
    }

    /** One line per entry touched, then the plan's targets the file leaves out, if any. */
    public static List<String> lines(PlanChanges changes) {
        List<String> lines = new ArrayList<>();
        for (Change change : changes.changes()) {
            lines.add(line(change));
        }
        if (!changes.notInFile().isEmpty()) {
            lines.add(I18n.tr("plans.notInFile", changes.notInFile().size(), String.join("、", changes.notInFile())));
        }
        return lines;
    }

    public static String line(Change change) {
        String kind = I18n.tr("plans.kind." + change.kind().name());
        String section = I18n.tr("plans.section." + change.section().name());
        return switch (change.kind()) {
            case NEW -> I18n.tr("plans.line.new", kind, section, change.code(), change.name());
            case KEPT -> I18n.tr("plans.line.kept", kind, section, change.code(), change.name());
            case CHANGED -> I18n.tr("plans.line.changed", kind, section, change.code(), change.name(),
                    change.fields().stream().map(PlanChangesText::field).collect(Collectors.joining("；")));
        };
    }

    private static String field(FieldChange field) {
        return I18n.tr("plans.line.field", I18n.tr("plans.field." + field.field()), shown(field.before()),
                shown(field.after()));
    }

    private static String shown(String value) {
        return value.isEmpty() ? I18n.tr("plans.line.empty") : value;
    }
}
