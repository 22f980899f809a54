package org.ecopark.ledger.model;

/** An enterprise's part in drafting a standard, as standard.role stores it: it led the drafting or took part. */
public enum StandardRole { LEAD, PARTICIPANT }
