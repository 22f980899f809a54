package org.ecopark.ledger.gui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import org.ecopark.ledger.gui.SectionTask;

/**
 * Opens a section at a {@link SectionTask} another screen asked for (the first steps of a new park open the list
 * import and the template generation): the section marks its root node with what it can do, and the window finds the
 * mark on the section it shows, as {@code RecordOpening} does for records.
 */
public final class SectionTasks {

    private static final String KEY = SectionTasks.class.getName();

    private SectionTasks() {
    }

    /** Marks a section's root node: {@code task} is done by {@code action}. */
    @SuppressWarnings("unchecked")
    public static void mark(Node root, SectionTask task, Runnable action) {
        ((Map<SectionTask, Runnable>) root.getProperties()
                .computeIfAbsent(KEY, key -> new EnumMap<SectionTask, Runnable>(SectionTask.class))).put(task, action);
    }

    /** Does {@code task} in the section whose root is {@code root}; false when that section cannot. */
    @SuppressWarnings("unchecked")
    public static boolean open(Node root, SectionTask task) {
        Object marks = root == null ? null : root.getProperties().get(KEY);
        Runnable action = marks == null ? null : ((Map<SectionTask, Runnable>) marks).get(task);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }
}
