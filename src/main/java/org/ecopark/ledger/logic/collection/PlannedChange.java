package org.ecopark.ledger.logic.collection;

/**
 * One line of the preview: what an import would change, before anything is written.
 *
 * @param item     what the value is, e.g. {@code 主营业务收入（万元）} or {@code 专利 ZL202210356712.3}
 * @param oldValue the ledger's value now; empty for a new one
 */
public record PlannedChange(String file, String enterprise, String item, String period, String oldValue,
                            String newValue, ChangeKind kind) {
}
