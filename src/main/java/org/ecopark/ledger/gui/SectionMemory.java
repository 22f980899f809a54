package org.ecopark.ledger.gui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.Property;

/**
 * What the user chose inside the sections (the collection period, the record in a form, the target opened), kept by
 * the window rather than by the section views. The views are built again when the language changes, and a rebuilt
 * view takes its choices from here, so the user finds the screen as it was, only in the other language. The choices
 * belong to one park of one ledger: {@link MainViewModel} forgets them when either changes.
 */
public final class SectionMemory {

    private final Map<String, Object> remembered = new HashMap<>();

    /** The value remembered under {@code key}, when there is one of that type. */
    public <T> Optional<T> recall(String key, Class<T> type) {
        Object value = remembered.get(key);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** Remembers {@code value} under {@code key}; null forgets the key. */
    public void remember(String key, Object value) {
        if (value == null) {
            remembered.remove(key);
        } else {
            remembered.put(key, value);
        }
    }

    /**
     * Gives {@code property} the value remembered under {@code key}, if any, and remembers every later value it
     * takes: a section's choice that survives the section's rebuild.
     */
    public <T> void keep(String key, Class<T> type, Property<T> property) {
        recall(key, type).ifPresent(property::setValue);
        property.addListener((obs, old, value) -> remember(key, value));
    }

    public void forget() {
        remembered.clear();
    }
}
