package org.ecopark.ledger.model;

import java.time.LocalDate;

/** An action plan with its targets; the 311 plan is the first one shipped, users may add the next. */
public record Plan(long id, String code, String name, String shortName, String document, LocalDate issuedOn,
                   LocalDate start, LocalDate end, int catalogVersion, boolean shipped) {
}
