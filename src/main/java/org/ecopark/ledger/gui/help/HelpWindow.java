package org.ecopark.ledger.gui.help;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.help.HelpViewModel.Entry;
import org.ecopark.ledger.gui.help.HelpViewModel.Page;
import org.ecopark.ledger.l10n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The user guide: a window beside the main one (not modal, so the guide can be read while working), the table of
 * contents on the left and a chapter on the right. One per main window: opening it again brings it forward at the
 * new place. It is not owned by the main window, which would keep it above the main window on a small screen; it
 * closes with it instead. Esc closes it.
 */
public final class HelpWindow {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final Window owner;
    private final HelpViewModel model = new HelpViewModel();
    private final ScrollPane scroll = new ScrollPane();
    private final ListView<Entry> contents = new ListView<>(model.chapters());
    private Stage stage;
    private GuidePage shown;

    public HelpWindow(Window owner) {
        this.owner = owner;
        owner.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && stage != null) {
                stage.close();
            }
        });
        model.pageProperty().addListener((obs, old, page) -> show(page));
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.openChapter(entry.chapter());
            }
        });
    }

    /** Opens the guide at the chapter about a section of the main window. */
    public void show(Section section) {
        show(GuideChapter.forSection(section));
    }

    /** Opens the guide at {@code topic}, or brings it to the front there. */
    public void show(GuideChapter.Topic topic) {
        model.open(topic);
        Stage window = stage();
        window.show();
        window.setIconified(false);
        window.toFront();
        window.requestFocus();
    }

    /** After the program's language changed: an open guide turns to the new language. */
    public void followLanguage() {
        model.followLanguage();
        if (stage != null) {
            stage.setTitle(I18n.tr("help.title"));
            stage.getScene().setRoot(build());
            show(model.pageProperty().get());
        }
    }

    public HelpViewModel model() {
        return model;
    }

    private Stage stage() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(I18n.tr("help.title"));
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(build(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
            scene.getStylesheets().addAll(HelpWindow.class.getResource("/css/app.css").toExternalForm(),
                    HelpWindow.class.getResource(HelpStyles.STYLESHEET).toExternalForm());
            scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    stage.close();
                }
            });
            stage.setScene(scene);
            if (owner instanceof Stage main) {
                stage.getIcons().setAll(main.getIcons());
            }
        }
        return stage;
    }

    private Parent build() {
        Label heading = new Label(I18n.tr("help.contents"));
        heading.getStyleClass().add(HelpStyles.HEADING);
        contents.setId("guide-chapters");
        contents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(contents, Priority.ALWAYS);
        VBox left = new VBox(8, heading, contents);
        left.getStyleClass().add(HelpStyles.CONTENTS);
        left.setPrefWidth(220);
        left.setMinWidth(Region.USE_PREF_SIZE);

        scroll.setId("guide-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Button previous = new Button(I18n.tr("help.previous"), new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        previous.setId("guide-previous");
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        previous.setOnAction(event -> model.previous());
        Button next = new Button(I18n.tr("help.next"), new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        next.setId("guide-next");
        next.disableProperty().bind(model.hasNextProperty().not());
        next.setOnAction(event -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, spacer, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(HelpStyles.BAR);

        BorderPane root = new BorderPane(scroll);
        root.setId("guide-window");
        root.getStyleClass().add(HelpStyles.WINDOW);
        root.setLeft(left);
        root.setBottom(bar);
        BorderPane.setMargin(scroll, new Insets(0));
        return root;
    }

    private void show(Page page) {
        if (page == null) {
            return;
        }
        shown = new GuidePage(page.blocks(), scroll.widthProperty());
        scroll.setContent(shown.node());
        scroll.setVvalue(0);
        contents.getItems().stream().filter(entry -> entry.chapter() == page.chapter()).findFirst()
                .ifPresent(entry -> contents.getSelectionModel().select(entry));
        if (!page.anchor().isEmpty()) {
            GuidePage at = shown;
            // after the window is shown and the page laid out at its width, where the heading lies is known
            Platform.runLater(() -> scrollTo(at, page.anchor()));
        }
    }

    private void scrollTo(GuidePage page, String anchor) {
        Node heading = page.anchor(anchor);
        if (page != shown || heading == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        double room = page.node().getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.min(1, heading.getBoundsInParent().getMinY() / room));
        }
    }
}
