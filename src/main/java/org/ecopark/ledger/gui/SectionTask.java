package org.ecopark.ledger.gui;

/** Work a section can be opened at from another screen ({@link MainViewModel#openTask}). */
public enum SectionTask {
    /** The collection section's list import, with the enterprise list chosen and its file asked for. */
    IMPORT_ENTERPRISES,
    /** The collection section's template generation for the period chosen, with a folder asked for if none is. */
    GENERATE_TEMPLATES
}
