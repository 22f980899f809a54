package org.ecopark.ledger.model;

/** What a bureau made of a package it received. */
public enum IntakeState {
    /** Intact and signed by the key registered for its park: 已接收. */
    ACCEPTED,
    /** Intact and signed, but by a key not registered yet: held as 已报送（发送方未确认） until it is. */
    UNCONFIRMED,
    /** Sent back to the park with a note: 已退回 (the notes come with a later part of bureau mode). */
    RETURNED
}
