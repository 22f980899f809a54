package org.ecopark.ledger.gui.demo;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.demo.DemoService;
import org.ecopark.ledger.logic.demo.LoadResult;

/**
 * First run on an empty ledger: before asking which park this installation serves, offer to open the
 * demo park, so that a new user sees every screen with realistic data at once. Declining leads to the
 * usual park choice; so does a demo that fails to load. The same question offers to make the ledger a city
 * bureau's (市局台账) instead.
 */
public final class DemoOffer {

    static final String PROGRESS_STYLE = "demo-progress";

    private DemoOffer() {
    }

    /** Offers the demo when the ledger is empty and no park is chosen; otherwise runs {@code otherwise}. */
    public static void offer(Window owner, MainViewModel main, UiExecutor executor, DialogService dialogs,
                             Runnable otherwise) {
        DemoOfferViewModel model = new DemoOfferViewModel(main, executor);
        if (!model.shouldOffer()) {
            otherwise.run();
            return;
        }
        ButtonType open = new ButtonType(I18n.tr("demo.offer.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(I18n.tr("demo.offer.choose"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType bureau = new ButtonType(I18n.tr("bureau.gui.role.offer"), ButtonBar.ButtonData.LEFT);
        Alert question = create(owner, open, choose);
        // a new ledger may be a city bureau's: its screens replace the park's, and no park is asked for
        question.getButtonTypes().add(bureau);
        question.getDialogPane().lookupButton(bureau).setId("demo-offer-bureau");
        ButtonType demoBureau = new ButtonType(I18n.tr("demo.offer.bureau"), ButtonBar.ButtonData.LEFT);
        if (model.canOfferBureau()) {
            question.getButtonTypes().add(demoBureau);
            question.getDialogPane().lookupButton(demoBureau).setId("demo-offer-demo-bureau");
        }
        Optional<ButtonType> answer = question.showAndWait();
        if (answer.isPresent() && answer.get() == open) {
            load(owner, model, dialogs, otherwise);
        } else if (answer.isPresent() && answer.get() == demoBureau) {
            loadBureau(owner, model, dialogs, otherwise);
        } else if (answer.isPresent() && answer.get() == bureau) {
            org.ecopark.ledger.gui.bureau.BureauRoleDialog.become(owner, main, dialogs, () -> { },
                    () -> offer(owner, main, executor, dialogs, otherwise));
        } else {
            otherwise.run();
        }
    }

    /** The question; its buttons get ids so that a test can press them. */
    static Alert create(Window owner, ButtonType open, ButtonType choose) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr("demo.offer.text"), open, choose);
        alert.setTitle(I18n.tr("demo.offer.title"));
        alert.setHeaderText(I18n.tr("demo.offer.header"));
        alert.getDialogPane().setId("demo-offer");
        alert.getDialogPane().lookupButton(open).setId("demo-offer-open");
        alert.getDialogPane().lookupButton(choose).setId("demo-offer-choose");
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    private static void load(Window owner, DemoOfferViewModel model, DialogService dialogs, Runnable otherwise) {
        Stage progress = progressWindow(owner, model, I18n.tr("demo.progress.title"), I18n.tr("demo.progress.text"));
        progress.show();
        model.load(result -> {
            progress.close();
            dialogs.showInfo(I18n.tr("demo.loaded.title"), I18n.tr("demo.loaded.text", DemoService.describe(counts(result))));
        }, error -> {
            progress.close();
            dialogs.showError(I18n.tr("demo.offer.failed"), error);
            otherwise.run();
        });
    }

    private static void loadBureau(Window owner, DemoOfferViewModel model, DialogService dialogs, Runnable otherwise) {
        Stage progress = progressWindow(owner, model, I18n.tr("demo.progress.bureauTitle"), I18n.tr("demo.progress.bureau"));
        progress.show();
        model.loadBureau(made -> {
            progress.close();
            dialogs.showInfo(I18n.tr("demo.bureauLoaded.title"), I18n.tr("demo.bureauLoaded.text", made.bureauName(),
                    made.parks().size(), made.packagesReceived(), made.packagesReturned()));
        }, error -> {
            progress.close();
            dialogs.showError(I18n.tr("demo.offer.bureauFailed"), error);
            otherwise.run();
        });
    }

    private static java.util.Map<String, Integer> counts(LoadResult result) {
        java.util.Map<String, Integer> shown = new java.util.LinkedHashMap<>();
        for (String table : java.util.List.of("enterprise", "rd_staff", "patent", "standard", "period_stat")) {
            shown.put(table, result.counts().getOrDefault(table, 0));
        }
        return shown;
    }

    /** A small modal window with a bar; it cannot be closed by hand, the load closes it. */
    private static Stage progressWindow(Window owner, DemoOfferViewModel model, String title, String text) {
        ProgressBar bar = new ProgressBar();
        bar.setId("demo-progress-bar");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(model.progressProperty());
        VBox content = new VBox(new Label(text), bar);
        content.getStyleClass().add(PROGRESS_STYLE);
        Scene scene = new Scene(content);
        scene.getStylesheets().add(DemoOffer.class.getResource("/css/demo.css").toExternalForm());
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setResizable(false);
        stage.setOnCloseRequest(event -> event.consume());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        return stage;
    }
}
