package org.ecopark.ledger.gui.collection;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.PeriodChoice;
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

    private final PeriodChoice choice;
    private final TemplatesModel templates;
    private final ImportModel imports;
    private final ListImportModel lists;

    public CollectionViewModel(CollectionServices collection, EnterpriseService enterprises, Park park, LocalDate asOf,
                               UiExecutor executor) {
        // the period just ended is the one being collected: last quarter by default, also when the as-of date lies ahead
        LocalDate previous = collection.dates().atMostToday(asOf).minusMonths(3);
        this.choice = new PeriodChoice(StatPeriod.quarter(previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1));
        this.templates = new TemplatesModel(collection.templates(), enterprises, park, this::period, executor);
        this.imports = new ImportModel(collection.imports(), park, this::period, executor);
        this.lists = new ListImportModel(collection.lists(), park, executor);
    }

    /**
     * Takes the period chosen before the window was built again (a new language) and remembers the one chosen from
     * now on. The type comes first: choosing it converts the month or quarter, which is then set as remembered.
     */
    public void keepPeriodIn(SectionMemory memory) {
        memory.keep("collection.periodType", PeriodType.class, choice.typeProperty());
        memory.keep("collection.year", Integer.class, choice.yearProperty());
        memory.keep("collection.part", Integer.class, choice.partProperty());
    }

    /** The chosen period; null while it is incomplete. */
    public StatPeriod period() {
        return choice.period();
    }

    public ObjectProperty<PeriodType> periodTypeProperty() {
        return choice.typeProperty();
    }

    public ObjectProperty<Integer> yearProperty() {
        return choice.yearProperty();
    }

    /** The month (1-12) or quarter (1-4); null for a year. */
    public ObjectProperty<Integer> partProperty() {
        return choice.partProperty();
    }

    public ObservableList<Integer> parts() {
        return choice.parts();
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
