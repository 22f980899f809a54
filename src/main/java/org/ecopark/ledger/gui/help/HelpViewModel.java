package org.ecopark.ledger.gui.help;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.help.GuideChapter.Topic;
import org.ecopark.ledger.gui.help.GuideMarkdown.Block;
import org.ecopark.ledger.l10n.I18n;

/** The guide's state: the chapters in the program's language, and the page shown with the place to scroll to. */
public final class HelpViewModel {

    /** A chapter in the table of contents. */
    public record Entry(GuideChapter chapter, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /**
     * The page shown: its chapter, title and blocks, and the anchor to scroll to (empty: the top). {@code request}
     * tells two openings of the same place apart, so that each one scrolls.
     */
    public record Page(GuideChapter chapter, String title, List<Block> blocks, String anchor, long request) {
    }

    private final ObservableList<Entry> chapters = FXCollections.observableArrayList();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>();
    private final Map<GuideChapter, List<Block>> loaded = new EnumMap<>(GuideChapter.class);
    private final BooleanBinding hasPrevious = Bindings.createBooleanBinding(() -> step(-1) != null, page);
    private final BooleanBinding hasNext = Bindings.createBooleanBinding(() -> step(1) != null, page);
    private Locale locale;
    private long requests;

    public HelpViewModel() {
        followLanguage();
    }

    /** Shows a chapter, at the heading of the topic's anchor. */
    public void open(Topic topic) {
        followLanguage();
        List<Block> blocks = loaded.get(topic.chapter());
        page.set(new Page(topic.chapter(), GuideLibrary.title(blocks), blocks, topic.anchor(), ++requests));
    }

    /** Shows a chapter from its top, unless it is the one shown. */
    public void openChapter(GuideChapter chapter) {
        if (page.get() == null || page.get().chapter() != chapter) {
            open(new Topic(chapter, ""));
        }
    }

    public void previous() {
        move(-1);
    }

    public void next() {
        move(1);
    }

    private void move(int by) {
        GuideChapter to = step(by);
        if (to != null) {
            open(new Topic(to, ""));
        }
    }

    private GuideChapter step(int by) {
        if (page.get() == null) {
            return null;
        }
        int to = page.get().chapter().ordinal() + by;
        GuideChapter[] all = GuideChapter.values();
        return to < 0 || to >= all.length ? null : all[to];
    }

    /** After the program's language changed: the chapters, and the page shown, in the new language. */
    public void followLanguage() {
        if (I18n.locale().equals(locale)) {
            return;
        }
        locale = I18n.locale();
        loaded.clear();
        for (GuideChapter chapter : GuideChapter.values()) {
            loaded.put(chapter, GuideLibrary.read(chapter, locale));
        }
        chapters.setAll(loaded.entrySet().stream()
                .map(entry -> new Entry(entry.getKey(), GuideLibrary.title(entry.getValue()))).toList());
        if (page.get() != null) {
            open(new Topic(page.get().chapter(), ""));
        }
    }

    public ObservableList<Entry> chapters() {
        return chapters;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }
}
