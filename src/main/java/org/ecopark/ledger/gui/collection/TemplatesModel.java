package org.ecopark.ledger.gui.collection;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ImportCancelledException;
import org.ecopark.ledger.logic.collection.TemplateService;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;

/** The "generate templates" tab: which enterprises, one file each or one for all, which folder; then generate. */
public final class TemplatesModel {

    private final TemplateService templates;
    private final EnterpriseService enterpriseService;
    private final Park park;
    private final Supplier<StatPeriod> period;
    private final BackgroundWork work;
    private final LatestLoad enterpriseLoads;
    private final ObservableList<Enterprise> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<Enterprise> enterprise = new SimpleObjectProperty<>();
    private final BooleanProperty allInOne = new SimpleBooleanProperty(false);
    private final BooleanProperty extraSheets = new SimpleBooleanProperty(true);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final ObjectProperty<Throwable> unexpected = new SimpleObjectProperty<>();

    TemplatesModel(TemplateService templates, EnterpriseService enterpriseService, Park park, Supplier<StatPeriod> period,
                   UiExecutor executor) {
        this.templates = templates;
        this.enterpriseService = enterpriseService;
        this.park = park;
        this.period = period;
        this.work = new BackgroundWork(executor);
        this.enterpriseLoads = new LatestLoad(executor);
        enterprises.setAll(enterpriseService.list(park.id()));
    }

    /** Reads the park's enterprises again after a change elsewhere; the view keeps the chosen one chosen. */
    public void refreshEnterprises() {
        enterpriseLoads.load(() -> enterpriseService.list(park.id()), enterprises::setAll, this::failed);
    }

    public void generate() {
        StatPeriod chosen = period.get();
        Path target = folder.get();
        if (chosen == null || target == null) {
            report(I18n.tr("collection.gui.chooseFirst"), true);
            return;
        }
        Optional<String> uscc = Optional.ofNullable(enterprise.get()).map(Enterprise::uscc);
        boolean oneFile = allInOne.get();
        boolean extra = extraSheets.get();
        written.clear();
        report("", false);
        work.start((progress, cancelled) -> templates.generate(park, chosen, uscc, oneFile, extra, target, progress, cancelled),
                files -> {
                    written.setAll(files);
                    report(I18n.tr("collection.gui.generated", files.size(), target), false);
                }, this::failed);
    }

    public void cancel() {
        work.cancel();
    }

    private void failed(Throwable error) {
        if (error instanceof ImportCancelledException) {
            report(I18n.tr("collection.gui.generationCancelled"), true);
        } else if (error instanceof IllegalArgumentException || error instanceof java.io.IOException) {
            report(error.getMessage(), true);
        } else {
            report(I18n.tr("collection.gui.generationFailed"), true);
            unexpected.set(error);
        }
    }

    private void report(String text, boolean error) {
        status.set(text);
        failed.set(error);
    }

    /** Whether generating can start: a folder is chosen and nothing is running. */
    public BooleanBinding canGenerate() {
        return Bindings.createBooleanBinding(() -> folder.get() != null && !work.runningProperty().get(), folder,
                work.runningProperty());
    }

    public ObservableList<Enterprise> enterprises() {
        return enterprises;
    }

    /** The one enterprise to generate for; null for all of them. */
    public ObjectProperty<Enterprise> enterpriseProperty() {
        return enterprise;
    }

    public BooleanProperty allInOneProperty() {
        return allInOne;
    }

    public BooleanProperty extraSheetsProperty() {
        return extraSheets;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    /** The files the last run wrote. */
    public ObservableList<Path> written() {
        return written;
    }

    /** An error nobody foresaw, for the view to show with its details; the status says it plainly. */
    public ObjectProperty<Throwable> unexpectedProperty() {
        return unexpected;
    }

    BackgroundWork work() {
        return work;
    }
}
