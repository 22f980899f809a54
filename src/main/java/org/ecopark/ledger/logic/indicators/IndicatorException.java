package org.ecopark.ledger.logic.indicators;

/** A request the evaluation cannot serve (an unknown park or target, a value that cannot be stored), with a translated message. */
public class IndicatorException extends RuntimeException {

    public IndicatorException(String message) {
        super(message);
    }
}
