package org.ecopark.ledger.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.PatentNumberCheck;
import org.ecopark.ledger.logic.validation.StandardCodeCheck;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;

/**
 * Patents and standards of the demo files: the two record kinds whose codes are checked and whose type
 * or level the code itself tells, so the file's column must agree with it.
 */
final class DemoCodeRows {

    private final DemoParser parser;

    DemoCodeRows(DemoParser parser) {
        this.parser = parser;
    }

    List<PatentRow> patents(List<CsvRecord> records) {
        List<PatentRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecord r : records) {
            PatentNumberCheck.Result check = PatentNumberCheck.check(r.required("number"));
            String number = parser.accept(r, check.check());
            Integer earlier = seen.putIfAbsent(number, r.line());
            if (earlier != null) {
                throw r.fault(I18n.tr("demo.error.duplicate", "number", number, String.valueOf(earlier)));
            }
            String type = r.choice("patent_type", DemoCodes.PATENT_TYPES);
            String told = check.type().map(Enum::name).orElse(type);
            if (!told.equals(type)) {
                throw r.fault(I18n.tr("demo.error.patentType", type, told));
            }
            PatentStatus status = PatentStatus.valueOf(r.choice("status", DemoCodes.PATENT_STATUSES));
            LocalDate applied = r.requiredDate("applied_on");
            LocalDate granted = r.date("granted_on");
            LocalDate lapsed = r.date("lapsed_on");
            DemoParser.notBefore(r, "granted_on", granted, "applied_on", applied);
            DemoParser.notBefore(r, "lapsed_on", lapsed, "granted_on", granted);
            if (status.wasGranted() != (granted != null) || (status == PatentStatus.LAPSED) != (lapsed != null)) {
                throw r.fault(I18n.tr("demo.error.patentStatus", status.name()));
            }
            rows.add(new PatentRow(number, r.required("title"), type, applied, granted, lapsed, status.name(),
                    owners(r), r.text("other_owners")));
        }
        return rows;
    }

    /** The owners cell: USCCs in certificate order, at least one, each an enterprise of the file. */
    private List<String> owners(CsvRecord r) {
        Set<String> owners = new LinkedHashSet<>();
        for (String part : r.required("owners").split(DemoFiles.OWNER_SEPARATOR)) {
            if (!part.isBlank()) {
                String uscc = parser.enterprise(new CsvRecord(r.file(), r.line(), Map.of("owner", 0), List.of(part)),
                        "owner");
                if (!owners.add(uscc)) {
                    throw r.fault(I18n.tr("demo.error.duplicate", "owners", uscc, String.valueOf(r.line())));
                }
            }
        }
        if (owners.isEmpty()) {
            throw r.fault(I18n.tr("demo.error.required", "owners"));
        }
        return List.copyOf(owners);
    }

    List<StandardRow> standards(List<CsvRecord> records) {
        List<StandardRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecord r : records) {
            StandardCodeCheck.Result check = StandardCodeCheck.check(r.required("code"));
            String code = parser.accept(r, check.check());
            String level = r.choice("level", DemoCodes.STANDARD_LEVELS);
            String told = check.level().map(Enum::name).orElse(level);
            if (!told.equals(level)) {
                throw r.fault(I18n.tr("demo.error.standardLevel", level, told));
            }
            String uscc = parser.enterprise(r, "uscc");
            Integer earlier = seen.putIfAbsent(code + " " + uscc, r.line());
            if (earlier != null) {
                throw r.fault(I18n.tr("demo.error.duplicate", "code, uscc", code + " " + uscc, String.valueOf(earlier)));
            }
            rows.add(new StandardRow(code, r.required("title"), level, r.choice("role", DemoCodes.STANDARD_ROLES), uscc,
                    r.date("published_on")));
        }
        return rows;
    }
}
