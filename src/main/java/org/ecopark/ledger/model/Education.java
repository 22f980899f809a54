package org.ecopark.ledger.model;

/** Highest education of an R&D staff member, as rd_staff.education stores it. */
public enum Education { DOCTOR, MASTER, BACHELOR, COLLEGE, OTHER }
