package org.ecopark.ledger.model;

/**
 * One table of a ledger copied to another database: its rows in the source and, after the copy, in the target.
 *
 * @param table the table's name in the schema
 */
public record CopiedTable(String table, long sourceRows, long targetRows) {

    /** Whether the target holds as many rows as the source. */
    public boolean complete() {
        return sourceRows == targetRows;
    }
}
