package org.ecopark.ledger.logic.collection;

import java.util.List;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;

/**
 * The kinds of record a list can bring in, with the fields a column can be mapped to. Field names are the
 * record services' own (so their findings point at the right column); {@code uscc} names the enterprise
 * (for a patent: the owner in the park).
 */
public enum ListKind {
    ENTERPRISE(List.of("uscc", "name", "shortName", "segment", "envRelated", "settledOn", "leftOn", "contactPerson",
            "contactPhone", "address", "note"), Set.of("uscc", "name", "segment")),
    PATENT(List.of("uscc", "number", "title", "type", "appliedOn", "grantedOn", "status", "otherOwners"),
            Set.of("uscc", "number", "title", "appliedOn")),
    STAFF(List.of("uscc", "name", "idHint", "education", "professionalTitle", "fullTime", "joinedOn", "leftOn"),
            Set.of("uscc", "name", "fullTime", "joinedOn")),
    STANDARD(List.of("uscc", "code", "title", "level", "role", "publishedOn"), Set.of("uscc", "code", "title", "role"));

    public static final String USCC = "uscc";

    private final List<String> fields;
    private final Set<String> required;

    ListKind(List<String> fields, Set<String> required) {
        this.fields = fields;
        this.required = required;
    }

    public List<String> fields() {
        return fields;
    }

    /** Fields a mapping must give a column; the rest may be left out. */
    public boolean isRequired(String field) {
        return required.contains(field);
    }

    /** The field's column title in the user's language. */
    public String label(String field) {
        return I18n.tr("collection.field." + name() + "." + field);
    }

    /** The kind's name in the user's language. */
    public String title() {
        return I18n.tr("collection.listKind." + name());
    }
}
