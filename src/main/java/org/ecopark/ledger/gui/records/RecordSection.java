package org.ecopark.ledger.gui.records;

import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordConflictException;
import org.ecopark.ledger.model.LedgerChange;

/**
 * The layout of a record section: the title, then the list on the left and the form on the right of a
 * split pane (the form's fields scroll under its title and actions). Adds the records stylesheet and the keys
 * of list and form.
 */
public final class RecordSection {

    private RecordSection() {
    }

    /**
     * @param id       the section root's id, e.g. {@code enterprises-view}; the form's scroll pane gets
     *                 {@code <id>-form}
     * @param titleKey the section's title
     */
    public static VBox build(String id, String titleKey, Node list, FormColumn form) {
        return build(id, titleKey, list, form, 0.55);
    }

    /** The same with the divider where {@code listShare} of the width goes to the list. */
    public static VBox build(String id, String titleKey, Node list, FormColumn form, double listShare) {
        VBox formColumn = form.layout(id + "-form");
        SplitPane split = new SplitPane(list, formColumn);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(listShare);
        SplitPane.setResizableWithParent(formColumn, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        VBox root = new VBox(title, split);
        root.setId(id);
        root.getStyleClass().addAll(Styles.PAGE, RecordStyles.SECTION);
        root.getStylesheets().add(RecordSection.class.getResource(RecordStyles.STYLESHEET).toExternalForm());
        return root;
    }

    /**
     * The form column: a title bound to what is edited and the actions with the summary of what keeps Save
     * disabled, which stay in view however far the form is scrolled; under them the fields with their
     * messages under each, then the findings about fields without a place of their own.
     */
    public static FormColumn form(Label title, FormSupport support) {
        title.getStyleClass().add(RecordStyles.FORM_TITLE);
        return FormColumn.of(List.of(title, support.actions()), List.of(support.grid(), support.feedback()));
    }

    /**
     * Loads the section's list and keeps it current: it is loaded again after every commit that writes what
     * {@code reads} names, wherever the commit came from. The record in the form is remembered by the window, so
     * that the section built again (in another language) shows the same record.
     *
     * @return {@code view}
     */
    static Node current(ViewContext context, Node view, RecordEditorModel<?> model, Predicate<LedgerChange> reads) {
        context.refresh().watch(view, reads, model::refresh);
        offerReloads(context.dialogs(), model);
        model.reload();
        String key = view.getId() + ".record";
        // asked for after the load started, so that it is looked for in the list that load brings
        context.memory().recall(key, Long.class).ifPresent(model::open);
        model.currentProperty().addListener((obs, old, record) -> context.memory().remember(key, model.currentId()));
        return view;
    }

    /** Offers to reload whenever the form's save is refused because of another's change ({@link #offerReload}). */
    static void offerReloads(DialogService dialogs, FormModel model) {
        model.conflictProperty().addListener((obs, old, refused) -> {
            if (refused != null) {
                // asked once for the latest refusal (a key held down saves twice)
                Platform.runLater(() -> {
                    if (model.conflictProperty().get() == refused) {
                        offerReload(dialogs, model, refused);
                    }
                });
            }
        });
    }

    /**
     * Says that a save was refused because someone changed or deleted the record meanwhile (who and when), and offers
     * to reload it: the form then shows what is stored now. Declined, the form keeps what was typed.
     */
    static void offerReload(DialogService dialogs, FormModel model, RecordConflictException refused) {
        String kind = refused.deleted() ? "deleted" : "changed";
        if (dialogs.choose(I18n.tr("records.conflict." + kind + "Title"),
                refused.getMessage() + "\n\n" + I18n.tr("records.conflict." + kind + "Question"),
                I18n.tr("records.conflict." + kind + "Reload"), I18n.tr("records.conflict.keep"))) {
            model.reloadAfterConflict();
        }
    }

    /**
     * Adds {@code keys} as a key-pressed filter on the scene that shows {@code root}, for as long as it
     * shows it: the section's keys then work wherever the focus is, also on the navigation the section was
     * just opened from.
     */
    static void onScene(Node root, EventHandler<KeyEvent> keys) {
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    /**
     * The keys of a list and form section: Ctrl+N (then the cursor in the first field), Ctrl+Z, Ctrl+S and
     * Esc; New and Esc ask before unsaved changes are dropped.
     */
    static void installKeys(Node root, RecordListView<?> list, FormSupport form, DialogService dialogs) {
        list.installKeys(root, form::focusFirst, () -> confirmDiscard(dialogs));
        form.installKeys(root, () -> confirmDiscard(dialogs));
    }

    /** Whether the user agrees to drop the form's unsaved changes. */
    static boolean confirmDiscard(DialogService dialogs) {
        return dialogs.confirm(I18n.tr("records.form.discardTitle"), I18n.tr("records.form.discardConfirm"));
    }

    /** What a record section shows while no park is chosen (first run, or the choice was dismissed). */
    public static Node noPark(String id, String titleKey) {
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label hint = new Label(I18n.tr("records.noPark"));
        hint.setId("records-no-park");
        hint.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(title, hint);
        box.setId(id);
        box.getStyleClass().add(Styles.PAGE);
        return box;
    }
}
