package org.ecopark.ledger.model;

import java.time.LocalDate;

/**
 * One record behind an indicator's value: a patent counted, a staff member employed at the date, an
 * enterprise's share of a sum.
 *
 * @param recordType the table the record lives in ({@code patent}, {@code rd_staff}, {@code enterprise},
 *                   {@code standard}, {@code innovation_platform}, {@code park_event}, {@code project},
 *                   {@code manual_value}, {@code milestone_evidence}), so a screen can open it
 * @param recordId   the record's id in that table
 * @param label      what identifies the record to a person: a patent's number and title, a name
 * @param date       the date that made it count (granted, joined, settled...); may be null
 * @param detail     the rest worth seeing in one line (owners, enterprise, the value and its unit); may be empty
 * @param figures    for an enterprise's share of a sum or its latest figure: the period of its statistics where
 *                   that figure is entered (the latest in the window), so a screen can open its figures rather
 *                   than its master record; null for any other record
 */
public record DrillDownRow(String recordType, long recordId, String label, LocalDate date, String detail,
                           StatPeriod figures) {

    public DrillDownRow(String recordType, long recordId, String label, LocalDate date, String detail) {
        this(recordType, recordId, label, date, detail, null);
    }
}
