package org.ecopark.ledger.gui.bureau;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.model.Park;

/**
 * 市局台账: the bureau's name and city, asked when a new ledger is made a city bureau's (at first start, or from 设置).
 * Whether the ledger may become one is the logic's to say ({@code BureauService.init}); its refusal is shown as it
 * says it, and the ledger stays a park's.
 */
public final class BureauRoleDialog {

    /** The bureau's name, and its city (null for every park of the catalog). */
    public record Answer(String name, String city) {
    }

    private BureauRoleDialog() {
    }

    /**
     * Asks for the bureau and makes the open ledger its; {@code onDone} runs once the window shows the bureau's
     * screens, {@code onNot} when the clerk cancels or the logic refuses (after its reason is shown).
     */
    public static void become(Window owner, MainViewModel main, DialogService dialogs, Runnable onDone, Runnable onNot) {
        become(owner, main, dialogs, onDone, onNot, null);
    }

    /** The same, with {@code afterRefusal} (or null) said after the logic's refusal: what the window offers instead. */
    public static void become(Window owner, MainViewModel main, DialogService dialogs, Runnable onDone, Runnable onNot,
                              String afterRefusal) {
        Optional<Answer> answer = create(owner, cities(main.parks())).showAndWait();
        if (answer.isEmpty()) {
            onNot.run();
            return;
        }
        main.becomeBureau(answer.get().name(), answer.get().city(), onDone, refusal(dialogs, onNot, afterRefusal));
    }

    private static Consumer<Throwable> refusal(DialogService dialogs, Runnable onNot, String afterRefusal) {
        return error -> {
            if (error instanceof BureauException) {
                dialogs.showError(afterRefusal == null ? error.getMessage()
                        : error.getMessage() + "\n\n" + afterRefusal, null);
            } else {
                dialogs.showError(I18n.tr("bureau.gui.failed"), error);
            }
            onNot.run();
        };
    }

    /** The cities of the catalog's shipped parks, in the catalog's order. */
    static List<String> cities(List<Park> parks) {
        return parks.stream().filter(Park::shipped).map(Park::city).filter(city -> city != null && !city.isBlank())
                .distinct().toList();
    }

    static Dialog<Answer> create(Window owner, List<String> cities) {
        TextField name = new TextField();
        name.setId("bureau-role-name");
        name.setPromptText(I18n.tr("bureau.gui.role.namePrompt"));
        name.setPrefColumnCount(24);
        ComboBox<String> city = new ComboBox<>();
        city.setId("bureau-role-city");
        city.getItems().setAll(cities);
        city.setEditable(true);
        city.setPromptText(I18n.tr("bureau.gui.role.cityPrompt"));
        city.setPrefWidth(260);
        Label hint = new Label(I18n.tr("bureau.gui.role.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add(Styles.MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, BureauControls.label("bureau.gui.role.name"), name);
        grid.addRow(1, BureauControls.label("bureau.gui.role.city"), city);

        ButtonType make = new ButtonType(I18n.tr("bureau.gui.role.make"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("bureau.gui.role.title"));
        dialog.setHeaderText(I18n.tr("bureau.gui.role.header"));
        dialog.getDialogPane().setId("bureau-role-dialog");
        dialog.getDialogPane().setContent(new VBox(12, hint, grid));
        dialog.getDialogPane().getButtonTypes().setAll(make, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(make).setId("bureau-role-make");
        dialog.getDialogPane().lookupButton(make).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        dialog.setResultConverter(button -> {
            if (button != make) {
                return null;
            }
            String chosen = city.getEditor().getText();
            return new Answer(name.getText().strip(), chosen == null || chosen.isBlank() ? null : chosen.strip());
        });
        dialog.setOnShown(event -> name.requestFocus());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
