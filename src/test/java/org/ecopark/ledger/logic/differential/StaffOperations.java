package org.ecopark.ledger.logic.differential;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.logic.records.RecordRejectedException;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.RdStaff;

/**
 * R&D staff join, turn full-time or part-time, change employer, leave and are deleted, through the staff service.
 * The park's full-time staff at a date is a target (ZZSZ-T05) kept as spans in {@code park_span}; the Excel import
 * of this record once forgot to tell the sums.
 */
final class StaffOperations {

    private static final List<String> NAMES = List.of("王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "孙浩");

    private final Ledger ledger;
    private final RdStaffService staff;

    StaffOperations(Ledger ledger) {
        this.ledger = ledger;
        this.staff = ledger.records().staff();
    }

    Operation any() {
        Park park = ledger.ownPark();
        List<RdStaff> present = staff.list(park.id());
        Optional<Enterprise> employer = ledger.someEnterprise();
        int roll = ledger.random.nextInt(100);
        if (employer.isEmpty()) {
            return new EnterpriseOperations(ledger).add(park);
        }
        if (present.isEmpty() || roll < 25) {
            return join(employer.get());
        }
        RdStaff person = ledger.pick(present);
        if (roll < 45) {
            return save(person.name() + " becomes " + (person.fullTime() ? "part-time" : "full-time"),
                    with(person, person.enterpriseId(), !person.fullTime(), person.joinedOn(), person.leftOn()));
        }
        if (roll < 65) {
            LocalDate joined = ledger.day(LocalDate.of(2020, 1, 1),
                    person.leftOn() == null ? Ledger.LAST_DAY : person.leftOn());
            LocalDate left = ledger.chance(50) ? null : ledger.dayFrom(joined);
            return save(person.name() + " joined " + joined + ", left " + left,
                    with(person, person.enterpriseId(), person.fullTime(), joined, left));
        }
        if (roll < 75) {
            return save(person.name() + " moves to " + employer.get().displayName(),
                    with(person, employer.get().id(), person.fullTime(), person.joinedOn(), person.leftOn()));
        }
        if (roll < 85) {
            return Operation.write("staff " + person.name() + " deleted", () ->
                    ledger.remember("delete of " + person.name(), staff.delete(person.id()), staff::undo));
        }
        if (roll < 93) {
            return namesake(person);
        }
        RdStaff draft = with(person, person.enterpriseId(), person.fullTime(), person.joinedOn(),
                person.joinedOn().minusDays(ledger.between(1, 300)));
        return Operation.refused("staff " + person.name() + " saved leaving before joining", () ->
                staff.save(draft, Ledger.explain(staff.validate(draft))), RecordRejectedException.class);
    }

    private Operation join(Enterprise employer) {
        LocalDate joined = ledger.day(LocalDate.of(2020, 1, 1), Ledger.LAST_DAY);
        LocalDate left = ledger.chance(20) ? ledger.dayFrom(joined.plusMonths(1)) : null;
        RdStaff draft = new RdStaff(0, employer.id(), ledger.pick(NAMES) + ledger.next(), null,
                ledger.pick(List.of(Education.values())), null, ledger.chance(70), joined, left);
        return save(draft.name() + " joins " + employer.displayName() + " on " + joined
                + (draft.fullTime() ? " full-time" : " part-time") + (left == null ? "" : ", leaves " + left), draft);
    }

    /**
     * The same name joining the same enterprise on the same day is a warning; saved with its explanation, or (one
     * time in three) refused for the lack of one.
     */
    private Operation namesake(RdStaff person) {
        RdStaff draft = with(person, person.enterpriseId(), !person.fullTime(), person.joinedOn(), null).withId(0);
        boolean explained = !ledger.chance(33);
        String what = "staff namesake of " + person.name() + (explained ? " explained" : " unexplained");
        return Operation.write(what, () -> {
            Saved<RdStaff> saved = staff.save(draft, explained ? Ledger.explain(staff.validate(draft)) : Map.of());
            ledger.remember("namesake " + person.name(), saved.change(), staff::undo);
        });
    }

    private Operation save(String description, RdStaff draft) {
        return Operation.write("staff " + description, () -> {
            Saved<RdStaff> saved = staff.save(draft, Ledger.explain(staff.validate(draft)));
            ledger.remember(description, saved.change(), staff::undo);
        });
    }

    private static RdStaff with(RdStaff s, Long enterpriseId, boolean fullTime, LocalDate joined, LocalDate left) {
        return new RdStaff(s.id(), enterpriseId, s.name(), s.idHint(), s.education(), s.professionalTitle(), fullTime,
                joined, left);
    }
}
