package org.ecopark.ledger.logic.bureau;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.signing.Fingerprint;
import org.ecopark.ledger.logic.submission.Manifest;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkKey;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Repositories;

/**
 * Who sent an intact package, and for what period, as far as the bureau can tell: a park of the bureau, a period
 * that is one and lies within the park's plan, and a key either registered for that park (accepted) or registered
 * for no park (held until it is). The first thing that does not fit is the one refusal.
 *
 * @param key the registered key that signed it; null when the key is not registered
 */
record Sender(Park park, ReportPeriod period, String fingerprint, ParkKey key, String refusal) {

    private static Sender refused(String reason) {
        return new Sender(null, null, null, null, reason);
    }

    static Sender check(Repositories read, Manifest manifest, Fingerprint signer) {
        String parkCode = manifest.park() == null ? null : manifest.park().code();
        Optional<Park> park = read.parks().findBureauParks().stream().filter(p -> p.code().equals(parkCode)).findFirst();
        if (park.isEmpty()) {
            String parkName = manifest.park() == null ? "" : String.valueOf(manifest.park().name());
            return refused(I18n.tr("bureau.receive.unknownPark", Excerpt.of(parkName), Excerpt.of(String.valueOf(parkCode))));
        }
        String code = manifest.period() == null ? null : manifest.period().code();
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(code);
        } catch (IllegalArgumentException e) {
            return refused(I18n.tr("bureau.receive.badPeriod", Excerpt.of(String.valueOf(code))));
        }
        if (!period.start().equals(manifest.period().start()) || !period.end().equals(manifest.period().end())) {
            return refused(I18n.tr("bureau.receive.badPeriod", Excerpt.of(code)));
        }
        List<Plan> plans = plansOf(read, park.get().code());
        boolean inside = plans.stream().anyMatch(plan -> !period.start().isBefore(plan.start())
                && !period.end().isAfter(plan.end()));
        if (!inside) {
            String ranges = plans.stream().map(plan -> plan.start().getYear() + "—" + plan.end().getYear())
                    .distinct().collect(Collectors.joining("、"));
            return refused(I18n.tr("bureau.receive.outsidePlan", period.code(), ranges.isEmpty() ? "—" : ranges));
        }
        Optional<ParkKey> key = read.parkKeys().findByFingerprint(signer.text());
        if (key.isPresent() && !key.get().parkCode().equals(park.get().code())) {
            return refused(I18n.tr("bureau.receive.wrongKey", signer.text(), key.get().parkName(), key.get().parkCode(),
                    park.get().name(), park.get().code()));
        }
        return new Sender(park.get(), period, signer.text(), key.orElse(null), null);
    }

    /** The plans with targets for the park: its packages report on their years. */
    private static List<Plan> plansOf(Repositories read, String parkCode) {
        Set<String> codes = read.targets().find(TargetFilter.park(parkCode)).stream()
                .map(org.ecopark.ledger.model.Target::planCode).collect(Collectors.toSet());
        return read.plans().findAll().stream().filter(plan -> codes.contains(plan.code())).toList();
    }
}
