package org.ecopark.ledger.logic.catalog;

import java.util.List;
import org.ecopark.ledger.l10n.I18n;

/** A catalog file the program refuses, with every problem found, each naming its entry. */
public class CatalogException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public CatalogException(String source, List<String> problems) {
        this(source, problems, null);
    }

    public CatalogException(String source, List<String> problems, Throwable cause) {
        super(I18n.tr("targets.catalog.refused", source) + "\n" + String.join("\n", problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    /** One translated line per problem, e.g. {@code 目录条目 ZZSZ-T03：未知单位“万件”}. */
    public List<String> problems() {
        return problems;
    }
}
