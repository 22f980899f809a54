package org.ecopark.ledger.logic.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerFaults;
import org.ecopark.ledger.logic.ParkService;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.persistence.DatabaseErrors;
import org.ecopark.ledger.persistence.NotDurableException;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.BulkWriter;

/**
 * Loads the demo park (枣庄市中区, ZZSZ, 2023-01 to 2025-12) into the ledger and makes it the park this
 * installation serves. The files are checked completely before the first row is written, and the rows
 * go in one transaction, so a load either lands whole or leaves the ledger as it was. A ledger that
 * holds records is never overwritten silently: the caller must ask to replace them.
 */
public final class DemoService {

    /** The park of the plan the demo describes; the catalog provides its row. */
    public static final String PARK_CODE = "ZZSZ";

    static final String SOURCE = "DEMO";
    static final String AUDIT_TABLE = "demo";
    private static final int WRITE_STEPS = 10;

    private final UnitOfWork unitOfWork;
    private final ParkService parks;
    private final BeforeChange beforeChange;

    /** @param beforeChange asked for a backup before a replace deletes the ledger's records */
    public DemoService(UnitOfWork unitOfWork, ParkService parks, BeforeChange beforeChange) {
        this.unitOfWork = unitOfWork;
        this.parks = parks;
        this.beforeChange = beforeChange;
    }

    /** Whether the ledger holds no records at all; then the first run offers the demo. */
    public boolean ledgerIsEmpty() {
        return unitOfWork.read().records().isEmpty();
    }

    /** Loads the demo that ships with the program. */
    public LoadResult load(boolean replace) {
        return load(DemoSource.bundled(), replace, LoadProgress.NONE);
    }

    /**
     * Loads the demo files of {@code source}.
     *
     * @param replace delete the records the ledger holds first; without it a ledger with records is refused
     * @throws DemoRefusedException when the ledger holds records and {@code replace} is false
     * @throws DemoException when a file is missing or a line is wrong (the message names file and line)
     */
    public LoadResult load(DemoSource source, boolean replace, LoadProgress progress) {
        int total = WRITE_STEPS + 1;
        progress.update(0, total);
        DemoDataSet data = new DemoParser(source, unitOfWork.read().bulk().metricCodes()).parse();
        progress.update(1, total);
        if (replace && !ledgerIsEmpty()) {
            beforeChange.before(BackupReason.BEFORE_DEMO); // the way back from the wipe below
        }
        LoadResult result;
        try {
            result = unitOfWork.inTransaction(repositories -> {
                Map<String, Integer> replaced = clear(repositories, replace);
                long parkId = repositories.parks().findByCode(PARK_CODE)
                        .orElseThrow(() -> new DemoException(I18n.tr("demo.error.noPark", PARK_CODE))).id();
                write(repositories.bulk(), parkId, data, step -> progress.update(1 + step, total));
                Map<String, Integer> counts = counts(data);
                repositories.audit().write(user(), AUDIT_TABLE, PARK_CODE, AuditAction.INSERT, null, counts);
                return new LoadResult(PARK_CODE, counts, data.warnings(), replaced);
            });
        } catch (DemoException e) {
            throw e;
        } catch (NotDurableException e) {
            if (!e.written()) {
                throw new DemoException(LedgerFaults.message(e).orElseThrow(), e); // the file failed: not in it
            }
            throw new DemoException(I18n.tr("demo.error.notOnDisk"), e); // loaded: not "undone", as demo.error.write says
        } catch (RuntimeException e) {
            if (LedgerFaults.message(e).isPresent()) {
                throw new DemoException(LedgerFaults.message(e).get(), e); // a full disk, a read-only file: undone
            }
            // what the checks above cannot see (a text longer than its column, a rule the schema adds later)
            throw new DemoException(I18n.tr("demo.error.write",
                    DatabaseErrors.constraintName(e).orElse(String.valueOf(e.getMessage()))), e);
        }
        parks.selectPark(PARK_CODE);
        return result;
    }

    /** Refuses, or wipes the records when asked to; returns what was wiped. */
    private static Map<String, Integer> clear(Repositories repositories, boolean replace) {
        Map<String, Integer> existing = repositories.records().counts().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (existing.isEmpty()) {
            return existing;
        }
        if (!replace) {
            throw new DemoRefusedException(I18n.tr("demo.refused", describe(existing)), existing);
        }
        repositories.records().deleteAll();
        repositories.audit().write(user(), AUDIT_TABLE, PARK_CODE, AuditAction.DELETE, existing, null);
        return existing;
    }

    private static void write(BulkWriter bulk, long parkId, DemoDataSet data, java.util.function.IntConsumer step) {
        bulk.enterprises(parkId, data.enterprises());
        step.accept(1);
        bulk.titles(data.titles());
        step.accept(2);
        bulk.projects(parkId, data.projects());
        bulk.progress(data.progress());
        step.accept(3);
        bulk.staff(data.staff());
        step.accept(4);
        bulk.patents(data.patents());
        step.accept(5);
        bulk.standards(data.standards());
        step.accept(6);
        bulk.platforms(parkId, data.platforms());
        step.accept(7);
        bulk.events(parkId, data.events());
        step.accept(8);
        bulk.statistics(data.statistics(), SOURCE);
        step.accept(WRITE_STEPS);
    }

    static Map<String, Integer> counts(DemoDataSet data) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("enterprise", data.enterprises().size());
        counts.put("enterprise_title", data.titles().size());
        counts.put("project", data.projects().size());
        counts.put("project_progress", data.progress().size());
        counts.put("rd_staff", data.staff().size());
        counts.put("patent", data.patents().size());
        counts.put("patent_owner", data.patents().stream().mapToInt(patent -> patent.owners().size()).sum());
        counts.put("standard", data.standards().size());
        counts.put("innovation_platform", data.platforms().size());
        counts.put("park_event", data.events().size());
        counts.put("period_stat", data.statistics().size());
        return counts;
    }

    /** "企业 41、专利 207" — the tables in the user's words. */
    public static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> I18n.tr("demo.table." + entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(I18n.tr("demo.list.separator")));
    }

    static String user() {
        return System.getProperty("user.name", "unknown");
    }
}
