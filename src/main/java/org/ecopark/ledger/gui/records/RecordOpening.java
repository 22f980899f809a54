package org.ecopark.ledger.gui.records;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.ecopark.ledger.model.StatPeriod;

/**
 * Opens a record by id in a section built on {@link RecordListView}: the list marks its node with its
 * model's {@link RecordEditorModel#open}, and the window finds that mark in the section it shows. So
 * every record section gets "open this record" from another screen without registering anything.
 */
public final class RecordOpening {

    private static final String KEY = RecordOpening.class.getName();
    private static final String FIGURES = KEY + ".figures";

    private RecordOpening() {
    }

    static void mark(Node node, LongConsumer opener) {
        node.getProperties().put(KEY, opener);
    }

    /** Marks the statistics section: it opens an enterprise's figures of a period. */
    static void markFigures(Node node, BiConsumer<Long, StatPeriod> opener) {
        node.getProperties().put(FIGURES, opener);
    }

    /**
     * Chooses the enterprise and the period in a section marked with {@link #markFigures}; false when the
     * section is not the statistics (or shows no park).
     */
    @SuppressWarnings("unchecked")
    public static boolean openFigures(Node section, long enterpriseId, StatPeriod period) {
        return marked(section, FIGURES).map(opener -> {
            ((BiConsumer<Long, StatPeriod>) opener).accept(enterpriseId, period);
            return true;
        }).orElse(false);
    }

    /**
     * Selects the record in the section's list and shows it in its form; false when the section holds no
     * record list (a section without forms, or a placeholder).
     */
    public static boolean open(Node section, long id) {
        return marked(section, KEY).map(opener -> {
            ((LongConsumer) opener).accept(id);
            return true;
        }).orElse(false);
    }

    private static List<Node> children(Node node) {
        if (node instanceof SplitPane split) {
            return split.getItems();
        }
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? List.of() : List.of(scroll.getContent());
        }
        return node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
    }

    /** Searches the items of split and scroll panes too: their skins, which add them as children, may not exist yet. */
    private static Optional<Object> marked(Node node, String key) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.getProperties().get(key) != null) {
            return Optional.of(node.getProperties().get(key));
        }
        for (Node child : children(node)) {
            Optional<Object> found = marked(child, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
