package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.PlatformService;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;

/**
 * The innovation platforms of the park and its enterprises and the form of one, with the platforms in
 * force on the as-of date counted per level above the list (the plan's platform targets are per level).
 */
public final class PlatformsViewModel extends RecordEditorModel<InnovationPlatform> {

    public static final String FIELD_PREFIX = "records.platform.field.";

    private final PlatformService platforms;
    private final ParkEnterprises enterprises;
    private final long parkId;
    private final LocalDate asOf;
    private final ReadOnlyIntegerWrapper[] inForce = new ReadOnlyIntegerWrapper[PlatformLevel.values().length];

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PlatformType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<PlatformLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> enterpriseId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> approvedOn = new SimpleObjectProperty<>();
    private final StringProperty approvedBy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> revokedOn = new SimpleObjectProperty<>();

    public PlatformsViewModel(PlatformService platforms, EnterpriseService enterprises, long parkId, LocalDate asOf,
                              UiExecutor executor) {
        super(executor);
        this.platforms = platforms;
        this.enterprises = new ParkEnterprises(enterprises, parkId);
        this.parkId = parkId;
        this.asOf = asOf;
        for (int i = 0; i < inForce.length; i++) {
            inForce[i] = new ReadOnlyIntegerWrapper();
        }
        watch(name, type, level, enterpriseId, approvedOn, approvedBy, revokedOn);
        records().addListener((ListChangeListener<InnovationPlatform>) change -> count());
        newRecord();
    }

    public ParkEnterprises enterprises() {
        return enterprises;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The platforms of this level approved on or before the as-of date and not revoked by then. */
    public ReadOnlyIntegerProperty inForceProperty(PlatformLevel platformLevel) {
        return inForce[platformLevel.ordinal()].getReadOnlyProperty();
    }

    /** The platforms of every level in force on the as-of date. */
    public int inForceTotal() {
        int total = 0;
        for (ReadOnlyIntegerWrapper count : inForce) {
            total += count.get();
        }
        return total;
    }

    private void count() {
        int[] counts = new int[inForce.length];
        for (InnovationPlatform p : records()) {
            boolean approved = p.approvedOn() != null && !p.approvedOn().isAfter(asOf);
            boolean revoked = p.revokedOn() != null && !p.revokedOn().isAfter(asOf);
            if (approved && !revoked) {
                counts[p.level().ordinal()]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            inForce[i].set(counts[i]);
        }
    }

    @Override
    protected List<InnovationPlatform> fetch() {
        enterprises.fetch();
        return platforms.list(parkId);
    }

    @Override
    protected void loaded() {
        enterprises.publish();
    }

    @Override
    protected long idOf(InnovationPlatform record) {
        return record.id();
    }

    @Override
    protected void fill(InnovationPlatform p) {
        name.set(p == null ? "" : p.name());
        type.set(p == null ? null : p.type());
        level.set(p == null ? null : p.level());
        enterpriseId.set(p == null ? null : p.enterpriseId());
        approvedOn.set(p == null ? null : p.approvedOn());
        approvedBy.set(p == null || p.approvedBy() == null ? "" : p.approvedBy());
        revokedOn.set(p == null ? null : p.revokedOn());
    }

    @Override
    protected InnovationPlatform draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        return new InnovationPlatform(id, parkId, enterpriseId.get(), name.get(), type.get(), level.get(),
                approvedOn.get(), approvedBy.get(), revokedOn.get());
    }

    @Override
    protected RecordValidation check(InnovationPlatform draft) {
        return platforms.validate(draft);
    }

    @Override
    protected Saved<InnovationPlatform> store(InnovationPlatform draft, InnovationPlatform loaded, Map<String, String> explanations) {
        return platforms.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(InnovationPlatform record) {
        return platforms.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return platforms.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(InnovationPlatform record) {
        return platforms.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(InnovationPlatform record) {
        return platforms.explanations(record.id());
    }

    /** Types and levels by their labels, the enterprise by its name. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case PlatformService.TYPE_FIELD -> I18n.tr(PlatformService.TYPES + value);
            case PlatformService.LEVEL -> I18n.tr(PlatformService.LEVELS + value);
            case PlatformService.ENTERPRISE -> enterprises.historyName(value);
            case PlatformService.PARK -> platforms.parkName(Long.parseLong(value));
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PlatformType> typeProperty() {
        return type;
    }

    public ObjectProperty<PlatformLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<Long> enterpriseIdProperty() {
        return enterpriseId;
    }

    public ObjectProperty<LocalDate> approvedOnProperty() {
        return approvedOn;
    }

    public StringProperty approvedByProperty() {
        return approvedBy;
    }

    public ObjectProperty<LocalDate> revokedOnProperty() {
        return revokedOn;
    }
}
