package org.ecopark.ledger.logic.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.logic.validation.PatentNumberCheck;
import org.ecopark.ledger.logic.validation.StandardCodeCheck;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.ecopark.ledger.persistence.CollectedRecordsRepository.Stored;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;

/**
 * Turns a row of an optional sheet or a list into the record it describes and checks it by the rules of
 * the forms: every kind by its record service's own validation (staff and standards are written as the
 * bulk loader's rows, keyed by credit code, but checked as the form's records). A record that already exists (by credit code, patent
 * number, standard code, or a person's name and joining date) is updated rather than added; a field the
 * row has no column for keeps its stored value.
 */
final class RecordRules {

    private final RecordServices records;
    private final Repositories read;
    private final long parkId;
    /** For the rules checked here rather than through a record service (staff, standards). */
    private final LocalDate today;
    private final Map<String, Enterprise> enterprises = new HashMap<>();
    /** Each credit code as typed, normalised once: a park's workbook names every enterprise once per metric. */
    private final Map<String, String> normalised = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private Map<String, Stored<StaffRow>> staff;

    RecordRules(RecordServices records, Repositories read, long parkId) {
        this.records = records;
        this.read = read;
        this.parkId = parkId;
        this.today = records.dates().today();
        read.enterprises().findByPark(parkId).forEach(e -> enterprises.put(e.uscc(), e));
    }

    /** The park's enterprise with this credit code (spelling normalised), or null. */
    Enterprise enterprise(String uscc) {
        return uscc == null ? null
                : enterprises.get(normalised.computeIfAbsent(uscc, typed -> UsccCheck.check(typed).normalised()));
    }

    void check(ListKind kind, RowCells row, String defaultUscc, PlanBuilder plan) {
        switch (kind) {
            case ENTERPRISE -> enterprise(row, plan);
            case PATENT -> patent(row, defaultUscc, plan);
            case STAFF -> staff(row, defaultUscc, plan);
            case STANDARD -> standard(row, defaultUscc, plan);
            default -> throw new IllegalArgumentException("Unknown list kind " + kind);
        }
    }

    private void enterprise(RowCells row, PlanBuilder plan) {
        String typed = row.text(ListKind.USCC);
        String uscc = typed == null ? null : UsccCheck.check(typed).normalised();
        String name = row.text("name");
        EnterpriseSegment segment = row.choice("segment", EnterpriseSegment.class, "records.segment.");
        Boolean env = row.yesNo("envRelated");
        LocalDate settled = row.date("settledOn");
        LocalDate left = row.date("leftOn");
        String person = row.text("contactPerson");
        String phone = row.text("contactPhone");
        String address = row.text("address");
        String note = row.text("note");
        if (row.failed() || !once(row, ListKind.USCC, "E|" + uscc)) {
            return;
        }
        Enterprise old = enterprise(uscc);
        Enterprise draft = new Enterprise(old == null ? 0 : old.id(), parkId, uscc, name,
                keep(row, "shortName", row.text("shortName"), old == null ? null : old.shortName()), segment,
                env != null ? env : old == null || old.envRelated(), keep(row, "settledOn", settled, old == null ? null : old.settledOn()),
                keep(row, "leftOn", left, old == null ? null : old.leftOn()),
                keep(row, "contactPerson", person, old == null ? null : old.contactPerson()),
                keep(row, "contactPhone", phone, old == null ? null : old.contactPhone()),
                keep(row, "address", address, old == null ? null : old.address()),
                keep(row, "note", note, old == null ? null : old.note()), old == null ? List.of() : old.titles());
        ChangeKind kind = old == null ? ChangeKind.NEW : draft.equals(old) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
        finish(row, plan, EnterpriseService.TABLE, draft, kind, old == null ? 0 : old.id(), old,
                kind == ChangeKind.UNCHANGED ? null : records.enterprises().validate(draft), name,
                () -> I18n.tr("collection.item.enterprise", draft.uscc()), () -> old == null ? "" : old.name(), () -> name);
    }

    private void patent(RowCells row, String defaultUscc, PlanBuilder plan) {
        Enterprise owner = owner(row, defaultUscc);
        String number = row.text("number");
        String title = row.text("title");
        PatentType type = row.choice("type", PatentType.class, Choices.PATENT_TYPE);
        LocalDate applied = row.date("appliedOn");
        LocalDate granted = row.date("grantedOn");
        PatentStatus status = row.choice("status", PatentStatus.class, "records.patentStatus.");
        String others = row.text("otherOwners");
        String normalised = number == null ? null : PatentNumberCheck.check(number).check().normalised();
        if (row.failed() || owner == null || !once(row, "number", "P|" + normalised)) {
            return;
        }
        if (type == null && number != null) {
            type = PatentService.typeOf(number).orElse(null);
        }
        Patent old = normalised == null ? null : read.patents().findByNumber(normalised).orElse(null);
        List<Long> owners = new ArrayList<>(old == null ? List.of() : old.ownerIds());
        if (!owners.contains(owner.id())) {
            owners.add(owner.id());
        }
        if (status == null) {
            status = old != null && old.status() == PatentStatus.LAPSED ? PatentStatus.LAPSED
                    : granted != null ? PatentStatus.GRANTED : PatentStatus.PENDING;
        }
        Patent draft = new Patent(old == null ? 0 : old.id(), normalised, title, type, applied, granted,
                old == null ? null : old.lapsedOn(), status, owners,
                keep(row, "otherOwners", others, old == null ? null : old.otherOwners()));
        ChangeKind kind = old == null ? ChangeKind.NEW : draft.equals(old) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
        finish(row, plan, PatentService.TABLE, draft, kind, old == null ? 0 : old.id(), old,
                kind == ChangeKind.UNCHANGED ? null : records.patents().validate(draft), owner.name(),
                () -> I18n.tr("collection.item.patent", normalised), () -> old == null ? "" : describe(old),
                () -> describe(draft));
    }

    private void staff(RowCells row, String defaultUscc, PlanBuilder plan) {
        Enterprise employer = owner(row, defaultUscc);
        String name = row.text("name");
        Education education = row.choice("education", Education.class, Choices.EDUCATION);
        Boolean fullTime = row.yesNo("fullTime");
        LocalDate joined = row.date("joinedOn");
        LocalDate left = row.date("leftOn");
        String hint = row.text("idHint");
        String title = row.text("professionalTitle");
        if (row.failed() || employer == null || !once(row, "name", "S|" + employer.uscc() + "|" + name + "|" + joined)) {
            return;
        }
        Stored<StaffRow> old = name == null || joined == null ? null : staff().get(staffKey(employer.uscc(), name, joined));
        StaffRow was = old == null ? null : old.row();
        StaffRow draft = new StaffRow(employer.uscc(), name, keep(row, "idHint", hint, was == null ? null : was.idHint()),
                keep(row, "education", education == null ? null : education.name(), was == null ? null : was.education()),
                keep(row, "professionalTitle", title, was == null ? null : was.professionalTitle()),
                Boolean.TRUE.equals(fullTime), joined, left);
        // the form's rules; the workbook's own: a yes/no cell left blank (the form has a tick box)
        RecordValidation v = RdStaffService.check(null, new RdStaff(old == null ? 0 : old.id(), employer.id(), name,
                draft.idHint(), draft.education() == null ? null : Education.valueOf(draft.education()),
                draft.professionalTitle(), draft.fullTime(), joined, left), today)
                .and(RecordValidation.builder().required("fullTime", fullTime, "collection.field.STAFF.fullTime").build());
        ChangeKind kind = was == null ? ChangeKind.NEW : draft.equals(was) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
        finish(row, plan, RdStaffService.TABLE, draft, kind, old == null ? 0 : old.id(), was,
                kind == ChangeKind.UNCHANGED ? null : v, employer.name(),
                () -> I18n.tr("collection.item.staff", name), () -> was == null ? "" : describe(was), () -> describe(draft));
    }

    private void standard(RowCells row, String defaultUscc, PlanBuilder plan) {
        Enterprise drafter = owner(row, defaultUscc);
        String code = row.text("code");
        String title = row.text("title");
        StandardLevel level = row.choice("level", StandardLevel.class, Choices.LEVEL);
        StandardRole role = row.choice("role", StandardRole.class, Choices.ROLE);
        LocalDate published = row.date("publishedOn");
        StandardCodeCheck.Result check = StandardCodeCheck.check(code);
        String normalised = check.check().normalised();
        if (row.failed() || drafter == null || !once(row, "code", "T|" + drafter.uscc() + "|" + normalised)) {
            return;
        }
        StandardLevel stored = level != null ? level : check.level().orElse(null);
        Stored<StandardRow> old = check.check().blocksSaving() ? null
                : read.collectedRecords().findStandard(normalised, drafter.uscc()).orElse(null);
        StandardRow was = old == null ? null : old.row();
        StandardRow draft = new StandardRow(normalised, title, stored == null ? null : stored.name(),
                role == null ? null : role.name(), drafter.uscc(),
                keep(row, "publishedOn", published, was == null ? null : was.publishedOn()));
        ChangeKind kind = was == null ? ChangeKind.NEW : draft.equals(was) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
        // the form's rules; the record found above is the one updated, so no duplicate lookup per row
        RecordValidation v = StandardService.check(null, new Standard(old == null ? 0 : old.id(), normalised, title,
                stored, role, drafter.id(), draft.publishedOn()), today);
        finish(row, plan, StandardService.TABLE, draft, kind, old == null ? 0 : old.id(), was,
                kind == ChangeKind.UNCHANGED ? null : v, drafter.name(),
                () -> I18n.tr("collection.item.standard", normalised), () -> was == null ? "" : describe(was),
                () -> describe(draft));
    }

    /**
     * Reports the validation's findings at their cells and plans the write. An unchanged record is not
     * checked again: its warnings were explained when it was saved.
     */
    private void finish(RowCells row, PlanBuilder plan, String table, Object draft, ChangeKind kind, long existingId,
                        Object old, RecordValidation validation, String enterpriseName, Supplier<String> item,
                        Supplier<String> oldText, Supplier<String> newText) {
        Map<String, String> warningKeys = new LinkedHashMap<>();
        if (validation != null) {
            for (Problem problem : validation.problems()) {
                ImportProblem found = plan.problem(row.sheet(), row.ref(column(row, problem.field())), problem);
                if (found.warningId() != null) {
                    warningKeys.put(found.warningId(), problem.key());
                }
            }
        }
        plan.change(kind, () -> new PlannedChange(plan.file, enterpriseName == null ? "" : enterpriseName, item.get(), "",
                oldText.get(), newText.get(), kind));
        if (kind != ChangeKind.UNCHANGED) {
            plan.write(new PlannedWrite(table, draft, kind, existingId, old,
                    validation == null ? RecordValidation.ok() : validation, warningKeys));
        }
    }

    /** The enterprise a row belongs to: its own credit code column, else the workbook's enterprise. */
    private Enterprise owner(RowCells row, String defaultUscc) {
        String uscc = row.text(ListKind.USCC);
        if (uscc == null) {
            uscc = defaultUscc;
        }
        if (uscc == null) {
            row.error(ListKind.USCC, I18n.tr("records.error.required", I18n.tr("collection.field.PATENT.uscc")));
            return null;
        }
        Enterprise enterprise = enterprise(uscc);
        if (enterprise == null) {
            row.error(ListKind.USCC, I18n.tr("collection.cell.notInPark", Excerpt.of(uscc)));
        }
        return enterprise;
    }

    /** False (with an error) when the file names the same record twice. */
    private boolean once(RowCells row, String field, String key) {
        if (!seen.add(key)) {
            row.error(field, I18n.tr("collection.cell.duplicate"));
            return false;
        }
        return true;
    }

    private static String column(RowCells row, String field) {
        if (row.has(field)) {
            return field;
        }
        // the enterprise the form picks is the row's credit code
        return "ownerIds".equals(field) || RdStaffService.ENTERPRISE.equals(field) ? ListKind.USCC : field;
    }

    private static <T> T keep(RowCells row, String field, T value, T stored) {
        return row.has(field) ? value : stored;
    }

    private Map<String, Stored<StaffRow>> staff() {
        if (staff == null) {
            staff = new HashMap<>();
            read.collectedRecords().staffOfPark(parkId)
                    .forEach(s -> staff.put(staffKey(s.row().uscc(), s.row().name(), s.row().joinedOn()), s));
        }
        return staff;
    }

    private static String staffKey(String uscc, String name, LocalDate joined) {
        return uscc + "|" + name + "|" + joined;
    }

    private static String describe(Patent p) {
        return join(p.title(), p.type() == null ? null : I18n.tr(Choices.PATENT_TYPE + p.type().name()), p.appliedOn(),
                p.grantedOn());
    }

    private static String describe(StaffRow s) {
        return join(I18n.tr(s.fullTime() ? "collection.staff.fullTime" : "collection.staff.partTime"), s.joinedOn(),
                s.leftOn() == null ? null : I18n.tr("collection.staff.left", s.leftOn()));
    }

    private static String describe(StandardRow s) {
        return join(s.title(), s.level() == null ? null : I18n.tr(Choices.LEVEL + s.level()),
                s.role() == null ? null : I18n.tr(Choices.ROLE + s.role()), s.publishedOn());
    }

    private static String join(Object... parts) {
        return String.join(" / ", java.util.Arrays.stream(parts).filter(Objects::nonNull).map(String::valueOf).toList());
    }
}
