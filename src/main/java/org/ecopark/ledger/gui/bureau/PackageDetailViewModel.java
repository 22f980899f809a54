package org.ecopark.ledger.gui.bureau;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.IndicatorTables;
import org.ecopark.ledger.logic.bureau.PackageRecords;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.ReceivedPackage;

/**
 * A matrix row opened: the facts of the package behind it (file, park, period, times, signer, hash, state) and the
 * park's records of the data.json table the row's indicator is computed from, read off the FX thread; and the package
 * saved as a file.
 */
public final class PackageDetailViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line of the package's facts; {@code id} names its value's node. */
    public record Fact(String id, String label, String value) {
    }

    private final Supplier<Services> services;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final MatrixRow row;
    private final Indicator indicator;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PackageRecords.Records> records = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recordsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private ReceivedPackage received;

    /** @param indicator the row's indicator; null when the catalog lacks it */
    public PackageDetailViewModel(Supplier<Services> services, UiExecutor executor, DialogService dialogs, MatrixRow row,
                                  Indicator indicator) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.row = row;
        this.indicator = indicator;
    }

    /** The table behind the row's indicator; null for one entered by hand or unknown. */
    public String table() {
        return indicator == null ? null : IndicatorTables.table(indicator).orElse(null);
    }

    /** Reads the package's facts and its records, off the FX thread. */
    public void load() {
        Services ledger = services.get();
        if (row.packageId() == null || ledger == null) {
            recordsNote.set(I18n.tr("bureau.detail.noPackage"));
            return;
        }
        long id = row.packageId();
        String table = table();
        recordsNote.set(I18n.tr("bureau.detail.loading"));
        executor.run(() -> new Loaded(ledger.packageRecords().find(id),
                        table == null ? null : ledger.packageRecords().records(id, table)),
                this::show, error -> {
                    recordsNote.set(I18n.tr("bureau.detail.error"));
                    dialogs.showError(I18n.tr("bureau.detail.error"), error);
                });
    }

    private record Loaded(ReceivedPackage received, PackageRecords.Records records) {
    }

    private void show(Loaded loaded) {
        received = loaded.received();
        ReceivedPackage p = loaded.received();
        List<Fact> result = new ArrayList<>();
        result.add(new Fact("detail-file", I18n.tr("bureau.detail.file"), p.fileName()));
        result.add(new Fact("detail-park", I18n.tr("bureau.detail.park"), row.cell().park().nameIn(I18n.locale())
                + "（" + p.parkCode() + "）"));
        result.add(new Fact("detail-period", I18n.tr("bureau.detail.period"),
                ReportPeriod.parse(p.periodCode()).describe()));
        result.add(new Fact("detail-created", I18n.tr("bureau.detail.created"), time(p.createdAt())));
        result.add(new Fact("detail-received", I18n.tr("bureau.detail.received"), time(p.receivedAt())));
        result.add(new Fact("detail-fingerprint", I18n.tr("bureau.detail.fingerprint"), p.signerFingerprint()));
        result.add(new Fact("detail-sha256", I18n.tr("bureau.detail.sha256"), p.sha256()));
        result.add(new Fact("detail-state", I18n.tr("bureau.detail.state"), row.stateText()));
        facts.setAll(result);
        records.set(loaded.records());
        recordsNote.set(note(loaded.records()));
    }

    private String note(PackageRecords.Records shown) {
        if (shown == null) {
            return I18n.tr(indicator != null && IndicatorTables.manual(indicator) ? "bureau.detail.manual"
                    : "bureau.detail.noTable");
        }
        String name = I18n.tr("submission.sheet." + shown.table());
        return shown.cut() ? I18n.tr("bureau.detail.recordsCut", name, shown.total(), shown.rows().size())
                : I18n.tr("bureau.detail.records", name, shown.total());
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /** Writes the package into {@code folder} under its own file name, asking before it replaces a file there. */
    public void saveInto(Path folder) {
        if (received == null) {
            return;
        }
        Path file = folder.resolve(received.fileName());
        if (Files.exists(file) && !dialogs.confirm(I18n.tr("bureau.detail.save"),
                I18n.tr("bureau.detail.replace", file.toString()))) {
            return;
        }
        Services ledger = services.get();
        long id = received.id();
        executor.run(() -> {
            ledger.packageRecords().save(id, file);
            return file;
        }, saved -> message.set(I18n.tr("bureau.detail.saved", saved.toString())),
                error -> dialogs.showError(I18n.tr("bureau.detail.saveFailed"), error));
    }

    /** Asks for a folder and saves the package there. */
    public void save() {
        dialogs.chooseFolder(I18n.tr("bureau.detail.save"), null).ifPresent(this::saveInto);
    }

    public MatrixRow row() {
        return row;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ReadOnlyObjectProperty<PackageRecords.Records> recordsProperty() {
        return records.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordsNoteProperty() {
        return recordsNote.getReadOnlyProperty();
    }

    /** What the last save did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A package is behind the row, and it is loaded. */
    public boolean hasPackage() {
        return received != null;
    }
}
