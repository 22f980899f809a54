package org.ecopark.ledger.gui.submissions;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.records.FormControls;
import org.ecopark.ledger.gui.records.RecordSection;
import org.ecopark.ledger.l10n.I18n;

/**
 * The Submissions section: the form for one package (period, as-of date, signature block, options), the
 * export with its progress, "open folder" and "check a package", and the history below.
 */
public final class SubmissionsView {

    private final SubmissionsViewModel model;
    private final DialogService dialogs;
    private final Consumer<Path> openFolder;
    private final ReturnNoteViewModel returnNotes;

    /** @param openFolder shows a folder in the system's file manager */
    public SubmissionsView(SubmissionsViewModel model, DialogService dialogs, Consumer<Path> openFolder) {
        this(model, dialogs, openFolder, null);
    }

    /** @param returnNotes imports the bureau's return notes; null for a screen without that button */
    public SubmissionsView(SubmissionsViewModel model, DialogService dialogs, Consumer<Path> openFolder,
                           ReturnNoteViewModel returnNotes) {
        this.model = model;
        this.dialogs = dialogs;
        this.openFolder = openFolder;
        this.returnNotes = returnNotes;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("submissions-view", "section.submissions");
        }
        SubmissionsViewModel model = new SubmissionsViewModel(context.services().submissions(),
                context.parkProperty().get(), context.asOfDateProperty().get(), context.executor(), LocalDate::now);
        model.keepPeriodIn(context.memory());
        ReturnNoteViewModel returnNotes = new ReturnNoteViewModel(() -> context.services().returnNotes(),
                context.executor(), model::refreshHistory);
        VBox view = new SubmissionsView(model, context.dialogs(), FileManager::show, returnNotes).build();
        context.refresh().watch(view, LedgerTables.SUBMISSIONS, model::refreshHistory);
        return view;
    }

    public VBox build() {
        Label title = new Label(I18n.tr("section.submissions"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label(I18n.tr("submission.gui.intro", model.park().nameIn(I18n.locale())));
        intro.getStyleClass().add(SubmissionStyles.HINT);
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label again = new Label(I18n.tr("submission.gui.submittedBefore"));
        again.setId("submission-resubmission-hint");
        again.getStyleClass().add(SubmissionStyles.WARNING);
        again.visibleProperty().bind(model.submittedBeforeProperty());
        again.managedProperty().bind(model.submittedBeforeProperty());

        Label status = new Label();
        status.setId("submission-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(SubmissionStyles.STATUS);
        model.failedProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove(SubmissionStyles.STATUS_ERROR);
            if (now) {
                status.getStyleClass().add(SubmissionStyles.STATUS_ERROR);
            }
        });
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("submission-problems");
        problems.getStyleClass().add(SubmissionStyles.PROBLEMS);
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        model.unexpectedProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(I18n.tr("submission.gui.exportFailed"), error);
            }
        });

        Label historyTitle = new Label(I18n.tr("submission.gui.history"));
        historyTitle.getStyleClass().add(SubmissionStyles.SUBTITLE);
        Node history = new SubmissionHistoryTable(model.history()).build();
        VBox.setVgrow(history, Priority.ALWAYS);

        VBox root = new VBox(title, intro, form(), again, buttons(), workBar(), status, problems, historyTitle, history);
        root.setId("submissions-view");
        root.getStyleClass().addAll(Styles.PAGE, SubmissionStyles.SECTION);
        root.getStylesheets().add(SubmissionsView.class.getResource(SubmissionStyles.STYLESHEET).toExternalForm());
        return root;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(SubmissionStyles.FORM);
        grid.addRow(0, label("submission.gui.period"), periodChooser(), label("submission.gui.asOf"),
                FormControls.date("submission-as-of", model.asOfProperty()));
        grid.addRow(1, label("submission.signature.unitHead"), field("submission-unit-head", model.unitHeadProperty()),
                label("submission.signature.statisticsHead"),
                field("submission-statistics-head", model.statisticsHeadProperty()));
        grid.addRow(2, label("submission.signature.preparer"), field("submission-preparer", model.preparerProperty()),
                label("submission.signature.phone"), field("submission-phone", model.phoneProperty()));
        grid.addRow(3, label("submission.signature.reportDate"), FormControls.date("submission-report-date", model.reportDateProperty()),
                label("submission.gui.recipient"), field("submission-recipient", model.recipientProperty()));
        TextField note = field("submission-note", model.noteProperty());
        grid.add(label("submission.gui.note"), 0, 4);
        grid.add(note, 1, 4, 3, 1);
        CheckBox names = FormControls.check("submission-staff-names", "submission.gui.staffNames", model.staffNamesProperty());
        grid.add(names, 1, 5, 3, 1);
        return grid;
    }

    private HBox periodChooser() {
        ComboBox<SubmissionsViewModel.PeriodKind> kind = FormControls.choice("submission-period-kind",
                Arrays.asList(SubmissionsViewModel.PeriodKind.values()), "submission.gui.kind.", model.kindProperty());
        Spinner<Integer> year = new Spinner<>();
        year.setId("submission-year");
        SpinnerValueFactory.IntegerSpinnerValueFactory years = new SpinnerValueFactory.IntegerSpinnerValueFactory(1990, 2100);
        years.valueProperty().bindBidirectional(model.yearProperty());
        year.setValueFactory(years);
        year.setEditable(true);
        year.setPrefWidth(96);
        year.disableProperty().bind(model.kindProperty().isEqualTo(SubmissionsViewModel.PeriodKind.PLAN));
        ComboBox<Integer> quarter = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(1, 2, 3, 4));
        quarter.setId("submission-quarter");
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        quarter.setConverter(Shown.as(value -> I18n.tr("submission.gui.quarter", value)));
        quarter.disableProperty().bind(model.kindProperty().isNotEqualTo(SubmissionsViewModel.PeriodKind.QUARTER));
        HBox box = new HBox(kind, year, quarter);
        box.getStyleClass().add(SubmissionStyles.ROW);
        return box;
    }

    private HBox buttons() {
        Button export = new Button(I18n.tr("submission.gui.export"));
        export.setId("submission-export");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExport().not());
        export.setOnAction(event -> {
            FileChooser chooser = zipChooser("submission.gui.export");
            chooser.setInitialFileName(model.defaultFileName());
            File chosen = chooser.showSaveDialog(export.getScene().getWindow());
            if (chosen != null) {
                model.export(chosen.toPath());
            }
        });
        Button open = new Button(I18n.tr("submission.gui.openFolder"));
        open.setId("submission-open-folder");
        open.disableProperty().bind(model.lastPackageProperty().isNull());
        open.setOnAction(event -> openFolder.accept(model.lastPackageProperty().get().getParent()));
        Button verify = new Button(I18n.tr("submission.gui.verify"));
        verify.setId("submission-verify");
        verify.setOnAction(event -> {
            File chosen = zipChooser("submission.gui.verify").showOpenDialog(verify.getScene().getWindow());
            if (chosen != null) {
                model.verify(chosen.toPath());
            }
        });
        HBox row = new HBox(export, open, verify);
        if (returnNotes != null) {
            Button note = new Button(I18n.tr("submission.gui.returnNote"));
            note.setId("submission-return-note");
            note.setOnAction(event -> {
                File chosen = zipChooser("submission.gui.returnNote").showOpenDialog(note.getScene().getWindow());
                if (chosen != null) {
                    openReturnNote(note, chosen.toPath());
                }
            });
            row.getChildren().add(note);
        }
        row.getStyleClass().add(SubmissionStyles.ROW);
        return row;
    }

    /** Shows the return note's dialog and reads the note into it. */
    void openReturnNote(Node owner, Path file) {
        ReturnNoteDialog.create(owner.getScene().getWindow(), returnNotes).show();
        returnNotes.load(file);
    }

    private HBox workBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("submission-progress");
        bar.setPrefWidth(280);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.setId("submission-step");
        step.textProperty().bind(model.stepProperty());
        Button cancel = new Button(I18n.tr("submission.gui.cancel"));
        cancel.setId("submission-cancel");
        cancel.setOnAction(event -> model.cancel());
        HBox box = new HBox(bar, step, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(SubmissionStyles.ROW);
        box.visibleProperty().bind(model.runningProperty());
        box.managedProperty().bind(model.runningProperty());
        return box;
    }

    private FileChooser zipChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("submission.gui.zipFiles"), "*.zip"));
        Path last = model.lastPackageProperty().get();
        if (last != null && last.getParent() != null) {
            chooser.setInitialDirectory(last.getParent().toFile());
        }
        return chooser;
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = FormControls.text(id, property);
        field.setPrefColumnCount(18);
        return field;
    }
}
