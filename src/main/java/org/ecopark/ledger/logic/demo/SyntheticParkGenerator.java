package org.ecopark.ledger.logic.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.DatabaseErrors;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.ecopark.ledger.persistence.bulk.TitleRow;

/**
 * Generates a large synthetic park for benchmarks: per enterprise 10 R&D staff, 50 patents, some titles
 * and standards, and every shipped metric for every month of the last {@code years} years up to 2025-12;
 * per ten enterprises a project and a platform; two events a month. The same seed gives the same data,
 * byte for byte. The park is new ({@code SYN<seed>}), so a generated park never mixes with real records.
 * Rows stream to the database in chunks of {@link BulkWriter#CHUNK}, each committed on its own, while the park is
 * marked as loading (its sums are computed once, at the end); a run that fails part way deletes what it wrote, and
 * one that was killed leaves the mark, so that the next run with the same seed starts the park again.
 */
public final class SyntheticParkGenerator {

    public static final int MAX_ENTERPRISES = 10_000;
    public static final int MAX_YEARS = 20;
    public static final long MAX_SEED = 9_999_999_999_999L;
    static final String SOURCE = "GENERATED";
    static final YearMonth LAST_MONTH = YearMonth.of(2025, 12);
    /** The shipped metrics, in a fixed order so that the data does not depend on the ledger's catalog order. */
    static final List<String> METRICS = List.of("OUTPUT_VALUE", "MAIN_REVENUE", "OPERATING_REVENUE", "ADDED_VALUE",
            "ENV_REVENUE", "RD_SPENDING", "EMPLOYEES", "CAPACITY_T", "UTILISED_T", "EQUIPMENT_SETS");
    /** Organisation-code blocks: a seed's enterprises get USCCs from one block of 10,000. */
    private static final int USCC_BLOCKS = 88_000;

    private final UnitOfWork unitOfWork;
    private final BeforeChange beforeChange;

    /** @param beforeChange asked for a backup before the records of a park an interrupted run left are deleted */
    public SyntheticParkGenerator(UnitOfWork unitOfWork, BeforeChange beforeChange) {
        this.unitOfWork = unitOfWork;
        this.beforeChange = beforeChange;
    }

    /** The code of the park a seed generates; at most 16 characters. */
    public static String parkCode(long seed) {
        return "SYN" + seed;
    }

    public LoadResult generate(int enterprises, int years, long seed) {
        return generate(enterprises, years, seed, LoadProgress.NONE);
    }

    /**
     * @throws DemoException when an argument is out of range or the seed's park already holds records
     */
    public LoadResult generate(int enterprises, int years, long seed, LoadProgress progress) {
        String code = parkCode(seed);
        return generate(code, enterprises, years, seed, progress, (repositories, existing) -> existing.map(Park::id)
                .orElseGet(() -> repositories.parks().save(new Park(0, code, "合成园区（种子 " + seed + "）", "合成" + seed,
                        "枣庄市", "滕州市", null, "基准测试用合成数据", false))));
    }

    /**
     * Generates the records into the catalog's park {@code parkCode} (its targets are the plan's), as a park's own
     * ledger would hold them: what the demo bureau's parks export.
     *
     * @throws DemoException when an argument is out of range, the catalog has no such park or it holds records
     */
    public LoadResult generateFor(String parkCode, int enterprises, int years, long seed, LoadProgress progress) {
        return generate(parkCode, enterprises, years, seed, progress, (repositories, existing) -> existing.map(Park::id)
                .orElseThrow(() -> new DemoException(I18n.tr("demo.error.noPark", parkCode))));
    }

    private LoadResult generate(String code, int enterprises, int years, long seed, LoadProgress progress,
                                BiFunction<Repositories, Optional<Park>, Long> parkOf) {
        if (enterprises < 1 || enterprises > MAX_ENTERPRISES) {
            throw new DemoException(I18n.tr("demo.generate.enterprises", MAX_ENTERPRISES));
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new DemoException(I18n.tr("demo.generate.years", MAX_YEARS));
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new DemoException(I18n.tr("demo.generate.seed", String.valueOf(MAX_SEED)));
        }
        YearMonth first = YearMonth.of(LAST_MONTH.getYear() - years + 1, 1);
        int block = Math.floorMod(Long.hashCode(seed * 0xC2B2AE3D27D4EB4FL + 1), USCC_BLOCKS);
        List<SyntheticEnterprise> all = new ArrayList<>(enterprises);
        for (int i = 0; i < enterprises; i++) {
            all.add(new SyntheticEnterprise(seed, i, block, first));
        }
        var left = unitOfWork.read().parks().findByCode(code);
        if (left.isPresent() && unitOfWork.read().parks().isLoading(left.get().id())) {
            beforeChange.before(BackupReason.BEFORE_GENERATE);
        }
        long parkId = unitOfWork.inTransaction(repositories -> {
            var existing = repositories.parks().findByCode(code);
            if (existing.isPresent() && repositories.parks().isLoading(existing.get().id())) {
                // an earlier run was stopped part way (killed, a power cut): start its park again
                repositories.records().deleteParkRecords(existing.get().id());
            } else if (existing.isPresent() && repositories.records().parkHasRecords(existing.get().id())) {
                throw new DemoException(I18n.tr("demo.generate.exists", code));
            }
            long id = parkOf.apply(repositories, existing);
            repositories.parks().startLoad(id);
            repositories.bulk().enterprises(id, all.stream().map(SyntheticEnterprise::row).toList());
            return id;
        });
        try {
            Map<String, Long> ids = unitOfWork.inTransaction(repositories -> repositories.bulk().enterpriseIds(parkId));
            Map<String, Integer> counts = write(new Chunks(unitOfWork, ids), parkId, all, first, seed, progress);
            return new LoadResult(code, counts, List.of(), Map.of());
        } catch (RuntimeException e) {
            try {
                unitOfWork.inTransaction(repositories -> {
                    repositories.records().deleteParkRecords(parkId);
                    repositories.parks().finishLoad(parkId);
                    return null;
                });
            } catch (RuntimeException cleanup) {
                // the file failed (a full disk): the park stays marked as loading, refused until generated again
                e.addSuppressed(cleanup);
            }
            if (DatabaseErrors.constraintName(e).filter("uq_patent_number"::equals).isPresent()) {
                // the seeds' patent number blocks are few: two seeds of one ledger can pick the same
                throw new DemoException(I18n.tr("demo.generate.patentsTaken", seed), e);
            }
            throw e;
        }
    }

    /**
     * Each chunk in a transaction of its own: one transaction of a million rows makes H2 keep every
     * uncommitted version and bloats the file several times over. A failure part way is undone by
     * deleting the new park's records (see above), which no one else can have touched.
     */
    private record Chunks(UnitOfWork unitOfWork, Map<String, Long> enterpriseIds) {

        <T> ChunkedSink<T> sink(BiConsumer<BulkWriter, List<T>> write) {
            return new ChunkedSink<>(rows -> unitOfWork.inTransaction(repositories -> {
                write.accept(repositories.bulk().knowing(enterpriseIds), rows);
                return null;
            }));
        }

        void inOne(Consumer<BulkWriter> write) {
            unitOfWork.inTransaction(repositories -> {
                write.accept(repositories.bulk().knowing(enterpriseIds));
                return null;
            });
        }
    }

    private static Map<String, Integer> write(Chunks chunks, long parkId, List<SyntheticEnterprise> enterprises,
                                              YearMonth first, long seed, LoadProgress progress) {
        int count = enterprises.size();
        ChunkedSink<TitleRow> titles = chunks.sink(BulkWriter::titles);
        ChunkedSink<StaffRow> staff = chunks.sink(BulkWriter::staff);
        ChunkedSink<PatentRow> patents = chunks.sink(BulkWriter::patents);
        ChunkedSink<StandardRow> standards = chunks.sink(BulkWriter::standards);
        ChunkedSink<StatRow> stats = chunks.sink((bulk, rows) -> bulk.statistics(rows, SOURCE));
        SyntheticPatentSerials serials = new SyntheticPatentSerials(seed);
        int owners = 0;
        for (SyntheticEnterprise enterprise : enterprises) {
            titles.addAll(enterprise.titles());
            staff.addAll(enterprise.staff());
            String coOwner = enterprise.index() == 0 ? null : enterprises.get(enterprise.index() - 1).uscc();
            List<PatentRow> own = enterprise.patents(serials, first.getYear(), coOwner);
            owners += own.stream().mapToInt(patent -> patent.owners().size()).sum();
            patents.addAll(own);
            standards.addAll(enterprise.standards());
            enterprise.statistics(first, LAST_MONTH, METRICS, stats);
            progress.update(enterprise.index() + 1L, count + 1L);
        }
        for (ChunkedSink<?> sink : List.of(titles, staff, patents, standards, stats)) {
            sink.flush();
        }
        SyntheticParkRecords park = new SyntheticParkRecords(seed, enterprises, first, LAST_MONTH);
        chunks.inOne(bulk -> {
            bulk.projects(parkId, park.projects);
            bulk.progress(park.progress);
            bulk.platforms(parkId, park.platforms);
            bulk.events(parkId, park.events);
        });
        chunks.unitOfWork().inTransaction(repositories -> {
            repositories.parks().finishLoad(parkId); // the park's derived data is computed as this commits
            return null;
        });
        progress.update(count + 1L, count + 1L);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("enterprise", count);
        counts.put("enterprise_title", titles.written());
        counts.put("project", park.projects.size());
        counts.put("project_progress", park.progress.size());
        counts.put("rd_staff", staff.written());
        counts.put("patent", patents.written());
        counts.put("patent_owner", owners);
        counts.put("standard", standards.written());
        counts.put("innovation_platform", park.platforms.size());
        counts.put("park_event", park.events.size());
        counts.put("period_stat", stats.written());
        return counts;
    }
}
