package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.ReceivedTarget;
import org.ecopark.ledger.persistence.ReceivedPackageRepository;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * What a re-submission changed: of two packages of one park and period, the earlier and the later one (which
 * superseded it), per target the value, the actual figure and the status side by side, targets added or removed, and
 * per data.json table the rows each holds.
 */
public final class ResubmissionDiff {

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UnitOfWork unitOfWork;

    public ResubmissionDiff(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** How a target or a table differs between the two packages. */
    public enum Change {
        SAME,
        CHANGED,
        ADDED,
        REMOVED;

        public String label() {
            return I18n.tr("bureau.diff.change." + name());
        }
    }

    /** One target in both packages; the side a target is missing from is null. */
    public record TargetRow(String targetCode, String planCode, String indicatorCode, String unit, ReceivedTarget earlier,
                            ReceivedTarget later) {

        public Change change() {
            if (earlier == null) {
                return Change.ADDED;
            }
            if (later == null) {
                return Change.REMOVED;
            }
            return valueChanged() || actualChanged() || statusChanged() ? Change.CHANGED : Change.SAME;
        }

        public boolean valueChanged() {
            return differ(ReceivedTarget::targetValue);
        }

        public boolean actualChanged() {
            return differ(ReceivedTarget::actual);
        }

        public boolean statusChanged() {
            return earlier != null && later != null && !Objects.equals(earlier.status(), later.status());
        }

        private boolean differ(Function<ReceivedTarget, BigDecimal> figure) {
            if (earlier == null || later == null) {
                return false;
            }
            BigDecimal before = figure.apply(earlier);
            BigDecimal after = figure.apply(later);
            return before == null || after == null ? before != after : before.compareTo(after) != 0;
        }
    }

    /** Rows of one data.json table in both packages; null where the package has no such table. */
    public record CountRow(String table, Integer earlier, Integer later) {

        public Change change() {
            if (earlier == null) {
                return Change.ADDED;
            }
            if (later == null) {
                return Change.REMOVED;
            }
            return earlier.equals(later) ? Change.SAME : Change.CHANGED;
        }

        /** The change as the bureau reads it, a changed count with its difference: 有变化（+12）; empty when the same. */
        public String changeText() {
            return switch (change()) {
                case SAME -> "";
                case CHANGED -> change().label() + I18n.tr("bureau.diff.delta", (later > earlier ? "+" : "") + (later - earlier));
                default -> change().label();
            };
        }
    }

    /** The two packages and what differs between them. */
    public record Diff(Park park, ReceivedPackage earlier, ReceivedPackage later, List<TargetRow> targets,
                       List<CountRow> counts) {

        public long count(Change change) {
            return targets.stream().filter(row -> row.change() == change).count();
        }

        public long changedTables() {
            return counts.stream().filter(row -> row.change() != Change.SAME).count();
        }
    }

    /**
     * The re-submission of the park {@code parkCode} for {@code periodCode}: the package that counts now against the
     * one it replaced.
     *
     * @throws BureauException when this is no bureau ledger, the period is no period, the park is not the bureau's, or
     *                         the park sent no re-submission for the period
     */
    public Diff of(String parkCode, String periodCode) {
        String period = SubmissionStatus.period(periodCode).code();
        String code = parkCode == null ? "" : parkCode.strip();
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        Park park = read.parks().findBureauParks().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new BureauException(I18n.tr("bureau.diff.unknownPark", code)));
        List<ReceivedPackage> received = read.receivedPackages().findByPeriod(period).stream()
                .filter(p -> p.parkId() == park.id() && p.state() != IntakeState.UNCONFIRMED).toList();
        ReceivedPackage later = received.stream().filter(p -> !p.superseded())
                .max(Comparator.comparingLong(ReceivedPackage::id)).orElse(null);
        ReceivedPackage earlier = later == null ? null : earlier(read.receivedPackages(), later, received);
        if (earlier == null) {
            throw new BureauException(I18n.tr("bureau.diff.none", code, period, received.size()));
        }
        return diff(read, park, earlier, later);
    }

    /**
     * The re-submission a received package takes part in: the package against the one it replaced, or, for a
     * superseded package, the package that replaced it against it.
     *
     * @throws BureauException when this is no bureau ledger, there is no such package, or it neither replaced one nor
     *                         was replaced
     */
    public Diff of(long receivedId) {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        ReceivedPackageRepository packages = read.receivedPackages();
        ReceivedPackage chosen = packages.find(receivedId)
                .orElseThrow(() -> new BureauException(I18n.tr("bureau.diff.noPackage", receivedId)));
        Park park = read.parks().findByCode(chosen.parkCode()).orElseThrow();
        if (chosen.supersedesId() != null) {
            return diff(read, park, packages.find(chosen.supersedesId()).orElseThrow(), chosen);
        }
        Optional<ReceivedPackage> replacing = packages.supersededBy(chosen.id());
        if (replacing.isPresent()) {
            return diff(read, park, chosen, replacing.get());
        }
        List<ReceivedPackage> received = packages.findByPeriod(chosen.periodCode()).stream()
                .filter(p -> p.parkId() == chosen.parkId() && p.state() != IntakeState.UNCONFIRMED).toList();
        if (!chosen.superseded()) {
            ReceivedPackage earlier = earlier(packages, chosen, received);
            if (earlier != null) {
                return diff(read, park, earlier, chosen);
            }
        }
        throw new BureauException(I18n.tr("bureau.diff.notResubmitted", chosen.fileName(), chosen.parkCode(),
                chosen.periodCode()));
    }

    /**
     * The package {@code later} replaced; when it was received first and an older package of the same period arrived
     * after it (kept as superseded, linked to nothing), the latest made of those older ones.
     */
    private static ReceivedPackage earlier(ReceivedPackageRepository packages, ReceivedPackage later,
                                           List<ReceivedPackage> received) {
        if (later.supersedesId() != null) {
            return packages.find(later.supersedesId()).orElse(null);
        }
        return received.stream().filter(p -> p.id() != later.id() && p.superseded())
                .filter(p -> !p.createdAt().isAfter(later.createdAt()))
                .max(Comparator.comparing(ReceivedPackage::createdAt).thenComparingLong(ReceivedPackage::id)).orElse(null);
    }

    private static Diff diff(Repositories read, Park park, ReceivedPackage earlier, ReceivedPackage later) {
        ReceivedPackageRepository packages = read.receivedPackages();
        Map<String, ReceivedTarget> before = byCode(packages.targets(earlier.id()));
        Map<String, ReceivedTarget> after = byCode(packages.targets(later.id()));
        List<TargetRow> targets = new ArrayList<>();
        for (String code : union(before.keySet(), after.keySet())) {
            ReceivedTarget was = before.get(code);
            ReceivedTarget is = after.get(code);
            ReceivedTarget named = is != null ? is : was;
            targets.add(new TargetRow(code, named.planCode(), named.indicatorCode(), named.unit(), was, is));
        }
        Map<String, Integer> rowsBefore = packages.counts(earlier.id());
        Map<String, Integer> rowsAfter = packages.counts(later.id());
        List<CountRow> counts = union(rowsBefore.keySet(), rowsAfter.keySet()).stream()
                .map(table -> new CountRow(table, rowsBefore.get(table), rowsAfter.get(table))).toList();
        return new Diff(park, earlier, later, targets, counts);
    }

    /** A package in one sentence: its file, when the park made it and the bureau received it, its state. */
    public static String describe(ReceivedPackage received) {
        String text = I18n.tr("bureau.diff.package", received.fileName(), local(received.createdAt()),
                local(received.receivedAt()), I18n.tr("bureau.diff.intake." + received.state().name()));
        return received.returned() == null ? text : text + I18n.tr("bureau.diff.returnedBecause", received.returned().reason());
    }

    private static String local(java.time.Instant instant) {
        return TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** A figure as the bureau reads it: no trailing zeros of the kept scale; empty for none. */
    public static String figure(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A target's status code as the dashboard says it; an unknown code as it came, empty for none. */
    public static String status(String code) {
        if (code == null) {
            return "";
        }
        String key = "indicators.status." + code;
        return I18n.has(key) ? I18n.tr(key) : code;
    }

    private static Map<String, ReceivedTarget> byCode(List<ReceivedTarget> targets) {
        return targets.stream().collect(Collectors.toMap(ReceivedTarget::targetCode, t -> t, (a, b) -> a, TreeMap::new));
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
