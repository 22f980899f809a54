package org.ecopark.ledger.model;

import java.util.List;

/**
 * Everything the target detail screen shows: the evaluation, the trajectory and the records behind the
 * value.
 *
 * @param records     the records behind the value at the measurement date, at most the limit asked for
 * @param recordCount how many records there are in all (more than {@code records.size()} when cut off)
 */
public record TargetDetail(Evaluation evaluation, Trajectory trajectory, List<DrillDownRow> records, int recordCount) {

    public TargetDetail {
        records = List.copyOf(records);
    }

    public boolean recordsCutOff() {
        return recordCount > records.size();
    }
}
