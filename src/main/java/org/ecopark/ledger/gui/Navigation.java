package org.ecopark.ledger.gui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ecopark.ledger.model.StatPeriod;

/**
 * Which section the window shows, and what a screen asked another section to open: a record in its form (a record
 * behind a target's value) or a task. The window passes each request on to the section's view and then clears it,
 * so that the same record or task can be asked for again.
 */
public final class Navigation {

    /**
     * A record another screen asked to see in its section's form. With a {@code period}, the record is an enterprise
     * and what is asked for is its statistics of that period.
     */
    public record RecordRequest(Section section, long recordId, StatPeriod period) {

        public RecordRequest(Section section, long recordId) {
            this(section, recordId, null);
        }
    }

    /** Work another screen asked a section to open at ({@link org.ecopark.ledger.gui.common.SectionTasks}). */
    public record TaskRequest(Section section, SectionTask task) {
    }

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final ReadOnlyObjectWrapper<RecordRequest> recordRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TaskRequest> taskRequest = new ReadOnlyObjectWrapper<>();

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** Shows the section and asks it to open the record with this id in its form. */
    public void openRecord(Section shown, long recordId) {
        section.set(shown);
        recordRequest.set(new RecordRequest(shown, recordId));
    }

    /**
     * Shows the statistics section with this enterprise and period chosen: the figures behind an enterprise's
     * share of a sum.
     */
    public void openFigures(long enterpriseId, StatPeriod period) {
        section.set(Section.STATISTICS);
        recordRequest.set(new RecordRequest(Section.STATISTICS, enterpriseId, period));
    }

    /** Shows the section and asks it to open at {@code task}. */
    public void openTask(Section shown, SectionTask task) {
        section.set(shown);
        taskRequest.set(new TaskRequest(shown, task));
    }

    public ReadOnlyObjectProperty<RecordRequest> recordRequestProperty() {
        return recordRequest.getReadOnlyProperty();
    }

    /** The window has passed the request on: the same record can be asked for again. */
    public void recordRequestHandled() {
        recordRequest.set(null);
    }

    public ReadOnlyObjectProperty<TaskRequest> taskRequestProperty() {
        return taskRequest.getReadOnlyProperty();
    }

    /** The window has passed the task on: it can be asked for again. */
    public void taskRequestHandled() {
        taskRequest.set(null);
    }
}
