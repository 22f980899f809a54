package org.ecopark.ledger.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that shows dialogs. The user reads a plain message in their language; the technical
 * details sit behind the dialog's details toggle; every error is logged here, once (one that no code caught is logged
 * as it happens, by {@link UnexpectedErrors}). A fault of the ledger file (a full disk, a read-only file…) is said in
 * its own sentence ({@link LedgerFaults}) and needs no details: they are in the log.
 */
public class DialogService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DialogService.class);

    private static final String LEDGER_ENDING = ".mv.db";

    private Window owner;

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void showError(String message, Throwable error) {
        LOGGER.error(message, error);
        showLoggedError(message, error);
    }

    /** {@link #showError} of an error its caller has logged already ({@link UnexpectedErrors}). */
    void showLoggedError(String message, Throwable error) {
        Optional<String> fault = error == null ? Optional.empty() : LedgerFaults.message(error);
        Alert alert = alert(Alert.AlertType.ERROR, I18n.tr("dialog.error.title"), fault.orElse(message));
        if (error != null && fault.isEmpty()) {
            TextArea details = new TextArea(stackTrace(error));
            details.setId("error-details");
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(16);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    public boolean confirm(String title, String message) {
        Optional<ButtonType> answer = alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    /**
     * Asks a question whose two answers are named for what they do ({@code yes}, {@code no}) rather than OK and
     * Cancel; true for {@code yes}. Closing the dialog answers {@code no}.
     */
    public boolean choose(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yesButton, noButton);
        alert.getDialogPane().setId("dialog-choice");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yesButton;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : new ButtonType[] {ButtonType.OK});
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("dialog-" + type.name().toLowerCase(java.util.Locale.ROOT));
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    /**
     * Asks for a file to read, of the kinds {@code patterns} name (e.g. {@code *.csv}), described as {@code kinds}.
     * Screens ask through here so that a test can answer in place of the system's dialog.
     */
    public Optional<Path> chooseFile(String title, String kinds, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kinds, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    /** Asks for one or more files to read, of the kinds {@code patterns} name; empty when none was chosen. */
    public java.util.List<Path> chooseFiles(String title, String kinds, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kinds, patterns));
        java.util.List<java.io.File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? java.util.List.of() : chosen.stream().map(java.io.File::toPath).toList();
    }

    /** Asks where to write a file of the kinds {@code patterns} name, proposing {@code initialName}. */
    public Optional<Path> chooseFileToWrite(String title, String initialName, String kinds, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kinds, patterns));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    /** Asks for a folder to write into, starting in {@code start} when that is a folder. */
    public Optional<Path> chooseFolder(String title, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    /** Asks for a ledger file to open, starting in {@code folder}; the path without H2's ending. */
    public Optional<Path> chooseLedger(Path folder) {
        return Optional.ofNullable(ledgerChooser("dialog.ledger.open", folder).showOpenDialog(owner))
                .map(file -> withoutEnding(file.toPath()));
    }

    /** Asks where to make a new ledger, starting in {@code folder}; the path without H2's ending. */
    public Optional<Path> chooseNewLedger(Path folder) {
        FileChooser chooser = ledgerChooser("dialog.ledger.new", folder);
        chooser.setInitialFileName("ledger" + LEDGER_ENDING);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(file -> withoutEnding(file.toPath()));
    }

    private static FileChooser ledgerChooser(String titleKey, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("dialog.ledger.files"),
                "*" + LEDGER_ENDING));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Path withoutEnding(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(LEDGER_ENDING)
                ? file.resolveSibling(name.substring(0, name.length() - LEDGER_ENDING.length())) : file;
    }

    /** The error and its causes, frame by frame, for the details pane. */
    static String stackTrace(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        String prefix = "";
        while (current != null) {
            text.append(prefix).append(current).append('\n');
            for (StackTraceElement frame : current.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
            prefix = "Caused by: ";
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString();
    }
}
