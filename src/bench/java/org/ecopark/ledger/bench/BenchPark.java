package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.SyntheticParkGenerator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Target;

/**
 * The generated park every scenario starts from. Generating a large one takes minutes, so it is kept in
 * the work folder by size and reused; a scenario only ever opens a copy of it, so every run starts from
 * the same file.
 */
public final class BenchPark {

    /** The generator's seed; its park is {@code SYN1}. */
    static final long SEED = 1;
    static final String FILE_SUFFIX = ".mv.db";
    /** The demo park, whose targets in the shipped plan the generated park takes over. */
    private static final String TARGETS_FROM = "ZZSZ";

    private BenchPark() {
    }

    public static String parkCode() {
        return SyntheticParkGenerator.parkCode(SEED);
    }

    /** The cached park of this size in {@code work}, e.g. {@code park-2000x5.mv.db}. */
    public static Path cached(Path work, int enterprises, int years) {
        return work.resolve("park-" + enterprises + "x" + years + FILE_SUFFIX);
    }

    /**
     * The cached park, made when missing: copied from {@code source} when one is given (a park generated
     * before with the same size), else generated. Either way the park is selected, so the window opens on it.
     */
    public static Path prepare(Path work, int enterprises, int years, Path source) throws IOException {
        Path cached = cached(work, enterprises, years);
        if (Files.exists(cached)) {
            return cached;
        }
        Files.createDirectories(work);
        Path partial = work.resolve("park-partial" + FILE_SUFFIX);
        Files.deleteIfExists(partial);
        if (source != null) {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Services services = Services.open(withoutSuffix(partial))) {
            fill(services, enterprises, years);
            // as the generate command leaves it: every scenario starts from a compact file, not from the
            // generator's superseded pages, which H2 would otherwise tidy up while a scenario is measured
            services.compactOnClose();
        }
        return Files.move(partial, cached);
    }

    /**
     * Makes the park in an open ledger, unless it holds it already: generated with {@link #SEED}, selected (so the
     * window opens on it), with the demo park's targets. The same in an H2 file and in a server's database.
     */
    static void fill(Services services, int enterprises, int years) {
        if (services.parks().parks().stream().map(Park::code).noneMatch(parkCode()::equals)) {
            services.generator().generate(enterprises, years, SEED);
        }
        services.parks().selectPark(parkCode());
        if (services.targets().forPark(parkCode()).isEmpty()) {
            adoptTargets(services);
        }
    }

    /**
     * The generator makes records, not targets: the park takes the demo park's targets from the shipped plan
     * (same indicators, kinds and deadlines; without the demo's baselines, which are not its own).
     */
    private static void adoptTargets(Services services) {
        for (Target target : services.targets().forPark(TARGETS_FROM)) {
            services.targets().addTarget(new Target(0, target.planCode(), target.code().replace(TARGETS_FROM, parkCode()),
                    target.scope(), parkCode(), target.clause(), target.sentence(), target.title(), target.kind(),
                    target.comparator(), target.value(), target.unit(), target.deadline(), target.indicatorCode(),
                    target.note(), null, null, false, false, null));
        }
    }

    /** A fresh copy of the park at {@code target} (a {@code .mv.db} file); returns the path to open it by. */
    public static Path copy(Path park, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(park, target, StandardCopyOption.REPLACE_EXISTING);
        return withoutSuffix(target);
    }

    static Path withoutSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? file.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length())) : file;
    }
}
