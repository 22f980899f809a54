package org.ecopark.ledger.gui.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.PeriodChoice;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.StatSheet;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.LedgerChange;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The statistics grid: one enterprise, one month, quarter or year, every metric of the catalog with the
 * same period last year beside it. The values are text as typed; a value that is not a number is an
 * error here, the rest (negative, a jump against last year, a period not ended) comes from the service.
 * A period that has not ended opens closed for entry with a message saying why; if it holds figures
 * entered too early, they are shown, can only be cleared, and the service's error says why.
 */
public final class StatisticsViewModel extends FormModel {

    public static final String FIELD_PREFIX = "records.stat.field.";

    private final StatisticsService statistics;
    private final EnterpriseService enterprises;
    private final long parkId;
    private final ObservableList<Enterprise> enterpriseList = FXCollections.observableArrayList();
    private static final String ENTERPRISE = "statistics.enterprise";
    private static final String PERIOD = "statistics.period";

    private final ObjectProperty<Enterprise> enterprise = new SimpleObjectProperty<>();
    private final PeriodChoice choice;
    private final ReadOnlyBooleanWrapper hasHistory = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper entryOpen = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final List<StatisticsRow> rows = new ArrayList<>();
    /** The metric of each row the last history was read for, by record key: a changed figure names only its value. */
    private Map<String, String> historyMetrics = Map.of();
    private final LatestLoad enterpriseLoads;
    /** The figures as the grid was filled with them (metric code -> value, null: none), which a save requires stored. */
    private Map<String, BigDecimal> loaded;
    private final LatestLoad sheetLoads;
    /** True while the grid shows what was read, which is no typing of the user's. */
    private boolean filling;
    /** The enterprise another screen asked for before the list of enterprises arrived; null when none. */
    private Long asked;
    /** The chosen enterprise was deleted elsewhere while the user was typing its figures. */
    private boolean enterpriseGone;

    public StatisticsViewModel(StatisticsService statistics, EnterpriseService enterprises, long parkId, LocalDate asOf,
                               UiExecutor executor) {
        super(executor);
        this.statistics = statistics;
        this.enterprises = enterprises;
        this.parkId = parkId;
        this.enterpriseLoads = new LatestLoad(executor);
        this.sheetLoads = new LatestLoad(executor);
        busyWhile(sheetLoads.busyProperty());
        statistics.metrics().forEach(metric -> rows.add(new StatisticsRow(metric)));
        // the last month that has ended, also when the as-of date lies ahead
        LocalDate lastMonth = statistics.dates().atMostToday(asOf).minusMonths(1);
        this.choice = new PeriodChoice(StatPeriod.month(lastMonth.getYear(), lastMonth.getMonthValue()));
        // a change listener, called after the choice's own has converted the part to the new type
        choice.typeProperty().addListener((obs, old, now) -> load());
        // the same enterprise as stored again (renamed elsewhere) keeps its grid
        enterprise.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                enterpriseGone = false;
                load();
            }
        });
        choice.yearProperty().addListener(ignored -> load());
        choice.partProperty().addListener(ignored -> {
            if (!choice.replacingParts()) {
                load();
            }
        });
        rows.forEach(row -> row.valueProperty().addListener(ignored -> {
            if (!filling) {
                setEdited(true);
                revalidate();
            }
        }));
    }

    /**
     * Shows the enterprise and period chosen before the window was built again (a new language), and remembers the
     * ones chosen from now on; call before the enterprises are loaded.
     */
    public void keepChoiceIn(SectionMemory memory) {
        memory.recall(ENTERPRISE, Long.class).ifPresent(id -> memory.recall(PERIOD, StatPeriod.class)
                .ifPresent(period -> show(id, period)));
        enterprise.addListener((obs, old, now) -> memory.remember(ENTERPRISE, now == null ? null : now.id()));
        InvalidationListener periodChosen = ignored -> memory.remember(PERIOD, period());
        choice.typeProperty().addListener(periodChosen);
        choice.yearProperty().addListener(periodChosen);
        choice.partProperty().addListener(periodChosen);
    }

    /** Loads the park's enterprises and picks the first; again, keeping the chosen one, after a change. */
    public void loadEnterprises() {
        enterpriseLoads.load(() -> enterprises.list(parkId), this::showEnterprises, this::failed);
    }

    /**
     * After a commit made elsewhere: the enterprises again, and the grid again unless the user is typing into it
     * (the save of what was typed shows the stored figures then).
     */
    public void ledgerChanged(LedgerChange change) {
        if (LedgerTables.ENTERPRISE_CHOICES.test(change)) {
            loadEnterprises();
        }
        if (LedgerTables.STAT_FIGURES.test(change) && !isEdited()) {
            refresh();
        }
    }

    /**
     * Chooses this enterprise and period, as another screen asks (the figures behind an enterprise's share of
     * a sum); an enterprise not yet in the list is chosen when the list arrives.
     */
    public void show(long enterpriseId, StatPeriod period) {
        asked = enterpriseId;
        choice.show(period);
        enterpriseList.stream().filter(e -> e.id() == enterpriseId).findFirst().ifPresent(found -> {
            asked = null;
            enterprise.set(found);
        });
    }

    private void showEnterprises(List<Enterprise> list) {
        Long wanted = asked;
        asked = null;
        Enterprise chosen = wanted == null ? enterprise.get()
                : list.stream().filter(e -> e.id() == wanted).findFirst().orElse(enterprise.get());
        Enterprise fresh = chosen == null ? null
                : list.stream().filter(e -> e.id() == chosen.id()).findFirst().orElse(null);
        refreshing.set(true);
        try {
            enterpriseList.setAll(list);
            if (fresh != null) {
                enterprise.set(fresh);
            }
        } finally {
            refreshing.set(false);
        }
        if (chosen != null && fresh == null && isEdited()) {
            enterpriseGone = true;
            error(I18n.tr("records.stat.enterpriseGone", chosen.name()));
        } else if (fresh == null) {
            enterprise.set(list.isEmpty() ? null : list.get(0));
        }
    }

    /** The chosen period, or null while none is complete. */
    public StatPeriod period() {
        return choice.period();
    }

    /** Reads the chosen enterprise's values for the chosen period into the grid. */
    public void load() {
        info("");
        refresh();
    }

    /** Loads the grid again, keeping the message (the outcome of a save stays visible). */
    private void refresh() {
        StatPeriod period = period();
        Enterprise chosen = enterprise.get();
        if (period == null || chosen == null) {
            sheetLoads.forget();
            show(null);
            return;
        }
        sheetLoads.load(() -> statistics.sheet(chosen.id(), period), this::show, this::failed);
    }

    private void show(StatSheet sheet) {
        loaded = sheet == null ? null : StatisticsService.valuesOf(sheet);
        filling = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).show(sheet == null ? null : sheet.lines().get(i));
            }
        } finally {
            filling = false;
        }
        explanations().clear();
        if (sheet != null) {
            explanations().putAll(sheet.explanations());
        }
        boolean stored = sheet != null && sheet.lines().stream().anyMatch(line -> line.value() != null);
        hasHistory.set(stored);
        setEdited(false);
        Optional<String> notEnded = sheet == null ? Optional.empty() : statistics.dates().notEndedMessage(sheet.period());
        entryOpen.set(notEnded.isEmpty() || stored);
        if (!entryOpen.get() && messageProperty().get().isEmpty()) {
            info(notEnded.get());
        }
        setShowAllProblems(true);
        revalidate();
    }

    @Override
    public void revalidate() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        RecordValidation.Builder typing = RecordValidation.builder();
        for (StatisticsRow row : rows) {
            try {
                values.put(row.metric().code(), row.typed());
            } catch (NumberFormatException e) {
                typing.error(row.metric().code(), "records.stat.notNumber", row.label());
            }
        }
        StatPeriod period = period();
        RecordValidation findings = typing.build();
        if (period != null && enterprise.get() != null) {
            findings = findings.and(statistics.validate(enterprise.get().id(), period, values));
        }
        for (StatisticsRow row : rows) {
            String code = row.metric().code();
            row.showChange(values.get(code), findings.only(code).warnings().stream().findAny().isPresent());
        }
        setValidation(findings);
    }

    @Override
    public void save() {
        if (enterpriseGone) {
            error(I18n.tr("records.stat.enterpriseGone", enterprise.get().name()));
            return;
        }
        if (busyProperty().get() || enterprise.get() == null || period() == null || !readyToSave()) {
            return;
        }
        long enterpriseId = enterprise.get().id();
        StatPeriod period = period();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put(row.metric().code(), row.typed()));
        Map<String, String> given = validation().explanationsOf(explanations());
        Map<String, BigDecimal> from = loaded;
        run(() -> statistics.save(enterpriseId, period, values, from, given), changes -> {
            info(I18n.tr("records.stat.saved", changes.size(), period.code()));
            refresh();
        });
    }

    /** Shows the period's figures as stored now, dropping what was typed. */
    @Override
    public void reloadAfterConflict() {
        info(I18n.tr("records.conflict.reloaded"));
        setEdited(false);
        refresh();
    }

    @Override
    public void cancel() {
        if (enterpriseGone) {
            enterprise.set(enterpriseList.isEmpty() ? null : enterpriseList.get(0));
        } else {
            load();
        }
    }

    @Override
    public ReadOnlyBooleanProperty hasHistoryProperty() {
        return hasHistory.getReadOnlyProperty();
    }

    /**
     * Whether figures may be typed: false for a period that has not ended and holds none (a period that
     * holds some, entered too early, stays open so that they can be cleared).
     */
    public ReadOnlyBooleanProperty entryOpenProperty() {
        return entryOpen.getReadOnlyProperty();
    }

    @Override
    public List<HistoryEntry> history() {
        StatPeriod period = period();
        if (enterprise.get() == null || period == null) {
            return List.of();
        }
        historyMetrics = statistics.metricsByRecordKey(enterprise.get().id(), period);
        return statistics.history(enterprise.get().id(), period);
    }

    @Override
    public String historyValue(String field, String value) {
        return historyValues().show(field, value);
    }

    @Override
    public String historyValue(HistoryEntry entry, String field, String value) {
        return historyValues().show(entry, field, value);
    }

    private StatisticsHistoryValues historyValues() {
        return new StatisticsHistoryValues(rows.stream().map(StatisticsRow::metric).toList(), enterpriseList, historyMetrics);
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public List<StatisticsRow> rows() {
        return rows;
    }

    public StatisticsRow row(String metricCode) {
        return rows.stream().filter(row -> row.metric().code().equals(metricCode)).findFirst().orElseThrow();
    }

    public ObservableList<Enterprise> enterprises() {
        return enterpriseList;
    }

    /** True while the list of enterprises is being replaced; the list view ignores its selection changes meanwhile. */
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public ObjectProperty<Enterprise> enterpriseProperty() {
        return enterprise;
    }

    public ObjectProperty<PeriodType> periodTypeProperty() {
        return choice.typeProperty();
    }

    public ObjectProperty<Integer> yearProperty() {
        return choice.yearProperty();
    }

    /** The month (1–12) or quarter (1–4); null for a year. */
    public ObjectProperty<Integer> partProperty() {
        return choice.partProperty();
    }

    public ObservableList<Integer> parts() {
        return choice.parts();
    }
}
