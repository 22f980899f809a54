package org.ecopark.ledger.logic.differential;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;

/**
 * The rows an enterprise types into a workbook's optional sheets, or a list holds: field name to cell value, the
 * choices as their Chinese labels and the dates as dates. About half describe a record the ledger has, changed: an
 * existing patent number gains the row's enterprise as an owner and may lose its grant, a known person (name and
 * joining day) turns full-time or leaves, a known enterprise leaves or comes back.
 */
final class SheetRows {

    static final List<String> PATENT = List.of("number", "title", "type", "appliedOn", "grantedOn");
    static final List<String> STAFF = List.of("name", "education", "fullTime", "joinedOn", "leftOn");
    static final List<String> STANDARD = List.of("code", "title", "level", "role", "publishedOn");
    static final List<String> ENTERPRISE = List.of("uscc", "name", "segment", "settledOn", "leftOn");

    private final Ledger ledger;
    /** The records the current file names already: a file naming one twice is refused, and that is not the point. */
    private final Set<String> named = new HashSet<>();

    SheetRows(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Starts the rows of another file. */
    void newFile() {
        named.clear();
    }

    Map<String, Object> patent(Enterprise owner) {
        List<Patent> known = ledger.records().patents().list(ledger.ownPark().id());
        Map<String, Object> row = new LinkedHashMap<>();
        Optional<Patent> some = known.isEmpty() || !ledger.chance(50) ? Optional.empty()
                : Optional.of(ledger.pick(known)).filter(p -> named.add("P" + p.number()));
        if (some.isPresent()) {
            Patent p = some.get();
            LocalDate granted = p.status() == PatentStatus.LAPSED ? p.grantedOn()
                    : ledger.chance(25) ? null : p.grantedOn() != null && ledger.chance(50) ? p.grantedOn()
                    : ledger.dayFrom(p.appliedOn().plusMonths(2));
            row.put("number", p.number());
            row.put("title", p.title());
            row.put("type", I18n.tr("records.patentType." + p.type().name()));
            row.put("appliedOn", p.appliedOn());
            row.put("grantedOn", granted);
            return row;
        }
        int year = ledger.between(2021, 2026);
        PatentType type = ledger.pick(List.of(PatentType.INVENTION, PatentType.UTILITY_MODEL));
        LocalDate applied = ledger.dayIn(year);
        row.put("number", ledger.patentNumber(year, type));
        row.put("title", "一种含磷废水处理剂" + ledger.next());
        row.put("type", I18n.tr("records.patentType." + type.name()));
        row.put("appliedOn", applied);
        row.put("grantedOn", ledger.chance(60) ? ledger.dayFrom(applied.plusMonths(4)) : null);
        return row;
    }

    Map<String, Object> staff(Enterprise employer) {
        List<RdStaff> ones = ledger.records().staff().list(employer.parkId()).stream()
                .filter(s -> employer.id() == s.enterpriseId()).toList();
        Optional<RdStaff> known = ones.isEmpty() || !ledger.chance(50) ? Optional.empty()
                : Optional.of(ledger.pick(ones))
                        .filter(s -> named.add("S" + s.enterpriseId() + s.name() + s.joinedOn()));
        Map<String, Object> row = new LinkedHashMap<>();
        LocalDate joined = known.map(RdStaff::joinedOn)
                .orElseGet(() -> ledger.day(LocalDate.of(2021, 1, 1), Ledger.LAST_DAY));
        boolean fullTime = known.map(s -> !s.fullTime()).orElseGet(() -> ledger.chance(70));
        row.put("name", known.map(RdStaff::name).orElseGet(() -> "研发人员" + ledger.next()));
        row.put("education", I18n.tr("collection.education." + ledger.pick(List.of(Education.values())).name()));
        row.put("fullTime", I18n.tr(fullTime ? "collection.choice.yes" : "collection.choice.no"));
        row.put("joinedOn", joined);
        row.put("leftOn", ledger.chance(25) ? ledger.dayFrom(joined) : null);
        return row;
    }

    Map<String, Object> standard(Enterprise drafter) {
        List<Standard> ones = ledger.records().standards().list(drafter.parkId()).stream()
                .filter(s -> s.enterpriseId() == drafter.id()).toList();
        Optional<Standard> known = ones.isEmpty() || !ledger.chance(50) ? Optional.empty()
                : Optional.of(ledger.pick(ones)).filter(s -> named.add("T" + s.enterpriseId() + s.code()));
        int kind = ledger.random.nextInt(2);
        StandardLevel level = known.map(Standard::level)
                .orElse(kind == 0 ? StandardLevel.NATIONAL : StandardLevel.INDUSTRY);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", known.map(Standard::code).orElseGet(() -> (kind == 0 ? "GB/T " : "HJ ") + (6000 + ledger.next())
                + "-" + ledger.between(2021, 2026)));
        row.put("title", known.map(Standard::title).orElse("水处理剂 聚氯化铝"));
        row.put("level", I18n.tr("collection.standardLevel." + level.name()));
        row.put("role", I18n.tr("collection.standardRole." + ledger.pick(List.of(StandardRole.values())).name()));
        row.put("publishedOn", ledger.chance(20) ? null : ledger.day(LocalDate.of(2022, 1, 1), Ledger.LAST_DAY));
        return row;
    }

    /** A new enterprise of the park, or one it has that leaves or comes back (name and segment as they are). */
    Map<String, Object> enterprise(Park park) {
        List<Enterprise> known = ledger.enterprises(park);
        Map<String, Object> row = new LinkedHashMap<>();
        Optional<Enterprise> some = known.isEmpty() || !ledger.chance(50) ? Optional.empty()
                : Optional.of(ledger.pick(known)).filter(e -> named.add("E" + e.uscc()));
        if (some.isPresent()) {
            Enterprise e = some.get();
            row.put("uscc", e.uscc());
            row.put("name", e.name());
            row.put("segment", I18n.tr("records.segment." + e.segment().name()));
            row.put("settledOn", e.settledOn());
            row.put("leftOn", e.leftOn() != null ? null : ledger.day(e.settledOn() == null || e.settledOn()
                    .isBefore(Ledger.FIRST_DAY) ? Ledger.FIRST_DAY : e.settledOn(), Ledger.LAST_DAY));
            return row;
        }
        String name = "名单企业" + ledger.next();
        LocalDate settled = ledger.day(LocalDate.of(2016, 1, 1), Ledger.LAST_DAY);
        row.put("uscc", ledger.uscc(park));
        row.put("name", "山东" + name + "有限公司");
        row.put("segment", I18n.tr("records.segment." + ledger.pick(List.of(EnterpriseSegment.values())).name()));
        row.put("settledOn", settled);
        row.put("leftOn", ledger.chance(10) ? ledger.dayFrom(settled) : null);
        return row;
    }
}
