package org.ecopark.ledger.gui.collection;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.logic.collection.CollectionServices;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The collection section: the period the work is about (shared by generating and importing, since a park
 * sends out and takes back the workbooks of one period) and the models of its three tabs.
 */
public final class CollectionViewModel {

    private final ObjectProperty<PeriodType> periodType = new SimpleObjectProperty<>(PeriodType.QUARTER);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> part = new SimpleObjectProperty<>();
    private final ObservableList<Integer> parts = FXCollections.observableArrayList();
    private final TemplatesModel templates;
    private final ImportModel imports;
    private final ListImportModel lists;

    public CollectionViewModel(CollectionServices collection, EnterpriseService enterprises, Park park, LocalDate asOf,
                               UiExecutor executor) {
        // the period just ended is the one being collected: last quarter by default, also when the as-of date lies ahead
        LocalDate previous = collection.dates().atMostToday(asOf).minusMonths(3);
        year.set(previous.getYear());
        setParts(PeriodType.QUARTER);
        part.set((previous.getMonthValue() - 1) / 3 + 1);
        periodType.addListener((obs, old, type) -> {
            Integer converted = convert(old, type, part.get());
            setParts(type);
            part.set(converted);
        });
        this.templates = new TemplatesModel(collection.templates(), enterprises, park, this::period, executor);
        this.imports = new ImportModel(collection.imports(), park, this::period, executor);
        this.lists = new ListImportModel(collection.lists(), park, executor);
    }

    /**
     * Takes the period chosen before the window was built again (a new language) and remembers the one chosen from
     * now on. The type comes first: choosing it converts the month or quarter, which is then set as remembered.
     */
    public void keepPeriodIn(SectionMemory memory) {
        memory.keep("collection.periodType", PeriodType.class, periodType);
        memory.keep("collection.year", Integer.class, year);
        memory.keep("collection.part", Integer.class, part);
    }

    /** The chosen period; null while it is incomplete. */
    public StatPeriod period() {
        Integer y = year.get();
        if (y == null || periodType.get() == null) {
            return null;
        }
        return switch (periodType.get()) {
            case YEAR -> StatPeriod.year(y);
            case QUARTER -> part.get() == null ? null : StatPeriod.quarter(y, part.get());
            case MONTH -> part.get() == null ? null : StatPeriod.month(y, part.get());
        };
    }

    private void setParts(PeriodType type) {
        int count = type == PeriodType.MONTH ? 12 : type == PeriodType.QUARTER ? 4 : 0;
        parts.clear();
        for (int i = 1; i <= count; i++) {
            parts.add(i);
        }
    }

    /** Keeps the chosen time when the type changes: March becomes Q1, Q2 becomes April. */
    private static Integer convert(PeriodType from, PeriodType to, Integer value) {
        if (to == PeriodType.YEAR || value == null || from == null) {
            return to == PeriodType.YEAR ? null : 1;
        }
        if (from == to) {
            return value;
        }
        return from == PeriodType.MONTH ? (value - 1) / 3 + 1 : from == PeriodType.QUARTER ? (value - 1) * 3 + 1 : 1;
    }

    public ObjectProperty<PeriodType> periodTypeProperty() {
        return periodType;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The month (1-12) or quarter (1-4); null for a year. */
    public ObjectProperty<Integer> partProperty() {
        return part;
    }

    public ObservableList<Integer> parts() {
        return parts;
    }

    public TemplatesModel templates() {
        return templates;
    }

    public ImportModel imports() {
        return imports;
    }

    public ListImportModel lists() {
        return lists;
    }
}
