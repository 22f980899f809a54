package org.ecopark.ledger.logic.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.logic.records.RecordRejectedException;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;

/**
 * Patents applied for, granted, lapsed, revived, gaining and losing owners (now and then in another park, so that
 * one patent counts for two parks), and deleted, through the patent service. The park's granted patents are a
 * target (ZZSZ-T06) kept as spans in {@code park_span}.
 */
final class PatentOperations {

    /** Granted most often: the target counts granted patents not lapsed. */
    private static final List<PatentStatus> STATUSES = List.of(PatentStatus.PENDING, PatentStatus.GRANTED,
            PatentStatus.GRANTED, PatentStatus.GRANTED, PatentStatus.LAPSED, PatentStatus.LAPSED, PatentStatus.REJECTED,
            PatentStatus.WITHDRAWN);

    private final Ledger ledger;
    private final PatentService patents;

    PatentOperations(Ledger ledger) {
        this.ledger = ledger;
        this.patents = ledger.records().patents();
    }

    Operation any() {
        Park park = ledger.ownPark();
        List<Patent> present = patents.list(park.id());
        Optional<Enterprise> owner = ledger.someEnterprise();
        int roll = ledger.random.nextInt(100);
        if (owner.isEmpty()) {
            return new EnterpriseOperations(ledger).add(park);
        }
        if (present.isEmpty() || roll < 25) {
            return add(owner.get());
        }
        Patent patent = ledger.pick(present);
        if (roll < 45) {
            return owners(patent);
        }
        if (roll < 75) {
            return dates(patent);
        }
        if (roll < 88) {
            return Operation.write("patent " + patent.number() + " deleted", () ->
                    ledger.remember("delete of patent " + patent.number(), patents.delete(patent.id()), patents::undo));
        }
        if (roll < 94) {
            return lapseBeforeGrant(patent);
        }
        return unknownOwner(owner.get());
    }

    private Operation add(Enterprise first) {
        int year = ledger.between(2020, 2026);
        PatentType type = ledger.pick(List.of(PatentType.INVENTION, PatentType.INVENTION, PatentType.UTILITY_MODEL,
                PatentType.DESIGN));
        LocalDate applied = ledger.dayIn(year);
        List<Long> owners = new ArrayList<>(List.of(first.id()));
        if (ledger.chance(25)) {
            ledger.someEnterprise().filter(other -> other.id() != first.id())
                    .ifPresent(other -> owners.add(other.id()));
        }
        Patent draft = dated(new Patent(0, ledger.patentNumber(year, type), "一种水处理药剂的制备方法" + ledger.next(), type,
                applied, null, null, PatentStatus.PENDING, owners, ledger.chance(10) ? "山东大学" : null), randomStatus());
        return save("patent " + draft.number() + " " + draft.status() + " granted " + draft.grantedOn() + " lapsed "
                + draft.lapsedOn() + " owned by " + owners.size(), draft);
    }

    /** An owner added, dropped or replaced: both the old and the new owner's parks count the patent differently. */
    private Operation owners(Patent patent) {
        List<Long> owners = new ArrayList<>(patent.ownerIds());
        Optional<Enterprise> other = ledger.someEnterprise().filter(e -> !owners.contains(e.id()));
        String what;
        if (owners.size() > 1 && (other.isEmpty() || ledger.chance(40))) {
            owners.remove(ledger.random.nextInt(owners.size()));
            what = "loses an owner";
        } else if (other.isPresent() && ledger.chance(50)) {
            owners.add(other.get().id());
            what = "gains owner " + other.get().displayName();
        } else if (other.isPresent()) {
            owners.set(0, other.get().id());
            what = "passes to " + other.get().displayName();
        } else {
            return dates(patent);
        }
        return save("patent " + patent.number() + " " + what, with(patent, patent.status(), patent.grantedOn(),
                patent.lapsedOn(), owners));
    }

    private Operation dates(Patent patent) {
        Patent draft = dated(patent, randomStatus());
        return save("patent " + patent.number() + " " + patent.status() + " -> " + draft.status() + " granted "
                + draft.grantedOn() + " lapsed " + draft.lapsedOn(), draft);
    }

    private PatentStatus randomStatus() {
        return ledger.pick(STATUSES);
    }

    /** The patent with the dates its new status needs: a grant after the application, a lapse after the grant. */
    private Patent dated(Patent p, PatentStatus status) {
        LocalDate granted = null;
        LocalDate lapsed = null;
        if (status.wasGranted()) {
            granted = p.grantedOn() != null && ledger.chance(50) ? p.grantedOn()
                    : ledger.dayFrom(p.appliedOn().plusMonths(3));
        }
        if (status == PatentStatus.LAPSED) {
            lapsed = ledger.dayFrom(granted);
        }
        return with(p, status, granted, lapsed, p.ownerIds());
    }

    private Operation lapseBeforeGrant(Patent p) {
        LocalDate granted = p.grantedOn() != null ? p.grantedOn() : p.appliedOn().plusMonths(8);
        Patent draft = with(p, PatentStatus.LAPSED, granted, granted.minusDays(ledger.between(1, 200)), p.ownerIds());
        return Operation.refused("patent " + p.number() + " saved lapsing before its grant", () ->
                patents.save(draft, Ledger.explain(patents.validate(draft))), RecordRejectedException.class);
    }

    /**
     * An owner the ledger does not have: the rules do not look owners up, so the patent row is written and the
     * owner row refused by its foreign key, and the transaction must roll back with both.
     */
    private Operation unknownOwner(Enterprise owner) {
        int year = ledger.between(2021, 2025);
        Patent draft = new Patent(0, ledger.patentNumber(year, PatentType.INVENTION), "一种絮凝剂" + ledger.next(),
                PatentType.INVENTION, LocalDate.of(year, 3, 1), LocalDate.of(year + 1, 3, 1), null,
                PatentStatus.GRANTED, List.of(owner.id(), 9_000_000_000L), null);
        return Operation.refused("patent " + draft.number() + " saved with an owner the ledger does not have", () ->
                patents.save(draft, Ledger.explain(patents.validate(draft))), RecordWriteException.class,
                RecordRejectedException.class);
    }

    private Operation save(String description, Patent draft) {
        return Operation.write(description, () -> {
            Saved<Patent> saved = patents.save(draft, Ledger.explain(patents.validate(draft)));
            ledger.remember(description, saved.change(), patents::undo);
        });
    }

    private static Patent with(Patent p, PatentStatus status, LocalDate granted, LocalDate lapsed, List<Long> owners) {
        return new Patent(p.id(), p.number(), p.title(), p.type(), p.appliedOn(), granted, lapsed, status, owners,
                p.otherOwners());
    }
}
