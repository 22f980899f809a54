package org.ecopark.ledger.logic.differential;

/**
 * Chooses each step of a run: mostly the record forms' saves, deletes and undos (the figures most of all, which the
 * park sums are made of), a few workbook and list imports and targets' baselines and evidence, and rarely a demo
 * load, a generator run or the ledger check, which are slow and (the first two) make every later check read a larger
 * park: the whole demo only in a run's last tenth.
 */
final class OperationMix {

    private final Ledger ledger;
    private final EnterpriseOperations enterprises;
    private final PatentOperations patents;
    private final StaffOperations staff;
    private final StatisticsOperations statistics;
    private final OtherRecordOperations others;
    private final WorkbookOperations workbooks;
    private final ListOperations lists;
    private final BulkOperations bulk;
    private final TargetOperations targets;
    private final int operations;

    OperationMix(Ledger ledger, long seed, int operations) {
        this.ledger = ledger;
        this.operations = operations;
        this.enterprises = new EnterpriseOperations(ledger);
        this.patents = new PatentOperations(ledger);
        this.staff = new StaffOperations(ledger);
        this.statistics = new StatisticsOperations(ledger);
        this.others = new OtherRecordOperations(ledger);
        this.workbooks = new WorkbookOperations(ledger);
        this.lists = new ListOperations(ledger);
        this.bulk = new BulkOperations(ledger, seed);
        this.targets = new TargetOperations(ledger);
    }

    /** The operation numbered {@code number} (from 1); a run starts on the empty ledger, one in four with the demo. */
    Operation next(int number) {
        if (number == 1 && ledger.chance(25)) {
            return bulk.firstDemo();
        }
        int roll = ledger.random.nextInt(1000);
        if (roll < 120) {
            return enterprises.any();
        }
        if (roll < 250) {
            return patents.any();
        }
        if (roll < 380) {
            return staff.any();
        }
        if (roll < 460) {
            return others.any();
        }
        if (roll < 560) {
            return others.undo();
        }
        if (roll < 630) {
            return workbooks.any();
        }
        if (roll < 690) {
            return lists.any();
        }
        if (roll < 700) {
            return bulk.any(number > operations * 9 / 10);
        }
        if (roll < 720) {
            return targets.any();
        }
        if (roll < 730) {
            return bulk.check();
        }
        return statistics.any();
    }
}
