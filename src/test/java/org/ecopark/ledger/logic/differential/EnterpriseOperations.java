package org.ecopark.ledger.logic.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.RecordRejectedException;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.TitleKind;

/**
 * Enterprises settle, leave, come back and go, through the enterprise service as its form saves them. Leaving
 * changes which figures and staff count for the park; a move to another park (the form does not offer one, the
 * service accepts it) changes both parks' sums.
 */
final class EnterpriseOperations {

    private static final List<String> NAMES = List.of("绿源", "清泉", "碧水", "蓝天", "恒安", "瑞丰", "金鼎", "润泽",
            "宏达", "鲁环");
    private static final List<TitleKind> TITLES = List.of(TitleKind.LEADING, TitleKind.PROVINCIAL_SRDI,
            TitleKind.HIGH_TECH);

    private final Ledger ledger;
    private final EnterpriseService enterprises;

    EnterpriseOperations(Ledger ledger) {
        this.ledger = ledger;
        this.enterprises = ledger.records().enterprises();
    }

    Operation any() {
        Park park = ledger.ownPark();
        List<Enterprise> present = ledger.enterprises(park);
        int roll = ledger.random.nextInt(100);
        if (present.isEmpty() || roll < 22) {
            return add(park);
        }
        Enterprise enterprise = ledger.pick(present);
        if (roll < 50) {
            return leaveOrComeBack(enterprise);
        }
        if (roll < 58) {
            return redate(enterprise);
        }
        if (roll < 68) {
            return title(enterprise);
        }
        if (roll < 84) {
            return delete(enterprise);
        }
        if (roll < 92) {
            return move(enterprise);
        }
        return leaveBeforeSettling(enterprise);
    }

    /** An enterprise settles in the park; one in ten has left already (a record entered late). */
    Operation add(Park park) {
        String name = ledger.pick(NAMES) + ledger.next();
        LocalDate settled = ledger.chance(15) ? null : ledger.day(LocalDate.of(2015, 1, 1), Ledger.LAST_DAY);
        LocalDate left = ledger.chance(10) ? ledger.dayFrom(settled == null ? Ledger.FIRST_DAY : settled) : null;
        List<EnterpriseTitle> titles = ledger.chance(40) ? List.of(title()) : List.of();
        Enterprise draft = new Enterprise(0, park.id(), ledger.uscc(park), "山东" + name + "环保科技有限公司", name,
                ledger.pick(List.of(EnterpriseSegment.values())), ledger.chance(80), settled, left, "张工",
                "0632-3100000", null, null, titles);
        return save("enterprise " + name + " settles in " + park.code() + " on " + settled
                + (left == null ? "" : ", left " + left), draft);
    }

    private Operation leaveOrComeBack(Enterprise e) {
        if (e.leftOn() != null) {
            return save("enterprise " + e.displayName() + " comes back to " + parkOf(e) + " (left " + e.leftOn()
                    + " cleared)", with(e, e.parkId(), e.settledOn(), null, e.titles()));
        }
        boolean settledEarlier = e.settledOn() == null || e.settledOn().isBefore(Ledger.FIRST_DAY);
        LocalDate left = ledger.dayFrom(settledEarlier ? Ledger.FIRST_DAY : e.settledOn());
        return save("enterprise " + e.displayName() + " leaves " + parkOf(e) + " on " + left,
                with(e, e.parkId(), e.settledOn(), left, e.titles()));
    }

    private Operation redate(Enterprise e) {
        LocalDate settled = ledger.day(LocalDate.of(2018, 1, 1), e.leftOn() == null ? Ledger.LAST_DAY : e.leftOn());
        LocalDate left = e.leftOn() == null ? null : ledger.dayFrom(settled);
        return save("enterprise " + e.displayName() + " settled on " + settled + (left == null ? "" : ", left " + left),
                with(e, e.parkId(), settled, left, e.titles()));
    }

    /** A title awarded or taken away: the enterprises holding one are a target of their own (YTLS-T02 leading). */
    private Operation title(Enterprise e) {
        List<EnterpriseTitle> titles = new ArrayList<>(e.titles());
        String what;
        if (!titles.isEmpty() && ledger.chance(40)) {
            EnterpriseTitle gone = titles.remove(ledger.random.nextInt(titles.size()));
            what = "loses title " + gone.kind();
        } else {
            EnterpriseTitle title = title();
            if (titles.stream().anyMatch(t -> t.kind() == title.kind() && t.awardedOn().equals(title.awardedOn()))) {
                return leaveOrComeBack(e);
            }
            titles.add(title);
            what = "is awarded " + title.kind() + " on " + title.awardedOn();
        }
        return save("enterprise " + e.displayName() + " " + what,
                with(e, e.parkId(), e.settledOn(), e.leftOn(), titles));
    }

    private EnterpriseTitle title() {
        LocalDate awarded = ledger.day(LocalDate.of(2021, 1, 1), Ledger.LAST_DAY);
        return new EnterpriseTitle(0, ledger.pick(TITLES), awarded, ledger.chance(50) ? null : awarded.plusYears(3),
                null);
    }

    /** Refused by the database while the enterprise still has records (their keys restrict the delete). */
    private Operation delete(Enterprise e) {
        return Operation.mayBeRefused("enterprise " + e.displayName() + " of " + parkOf(e) + " deleted", () ->
                ledger.remember("delete of enterprise " + e.displayName(), enterprises.delete(e.id()),
                        enterprises::undo), RecordWriteException.class);
    }

    /** Not offered by the form, which saves an enterprise in the park it shows; the service accepts it. */
    private Operation move(Enterprise e) {
        List<String> others = new ArrayList<>(Ledger.PARKS);
        others.remove(parkOf(e));
        Park to = ledger.park(ledger.pick(others));
        return save("enterprise " + e.displayName() + " moves from " + parkOf(e) + " to " + to.code()
                + " (the service's own, no form offers it)", with(e, to.id(), e.settledOn(), e.leftOn(), e.titles()));
    }

    private Operation leaveBeforeSettling(Enterprise e) {
        LocalDate settled = e.settledOn() == null ? LocalDate.of(2020, 6, 1) : e.settledOn();
        Enterprise draft = with(e, e.parkId(), settled, settled.minusDays(ledger.between(1, 400)), e.titles());
        return Operation.refused("enterprise " + e.displayName() + " saved leaving before it settled", () ->
                enterprises.save(draft, Ledger.explain(enterprises.validate(draft))), RecordRejectedException.class);
    }

    private Operation save(String description, Enterprise draft) {
        return Operation.write(description, () -> {
            Saved<Enterprise> saved = enterprises.save(draft, Ledger.explain(enterprises.validate(draft)));
            ledger.remember(description, saved.change(), enterprises::undo);
        });
    }

    private String parkOf(Enterprise e) {
        return ledger.services.parks().parks().stream().filter(p -> p.id() == e.parkId()).findFirst()
                .map(Park::code).orElse("#" + e.parkId());
    }

    private static Enterprise with(Enterprise e, long parkId, LocalDate settled, LocalDate left,
                                   List<EnterpriseTitle> titles) {
        return new Enterprise(e.id(), parkId, e.uscc(), e.name(), e.shortName(), e.segment(), e.envRelated(),
                settled, left, e.contactPerson(), e.contactPhone(), e.address(), e.note(), titles);
    }
}
