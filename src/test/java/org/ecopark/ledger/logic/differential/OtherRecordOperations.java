package org.ecopark.ledger.logic.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.logic.records.EventService;
import org.ecopark.ledger.logic.records.PlatformService;
import org.ecopark.ledger.logic.records.ProjectService;
import org.ecopark.ledger.logic.records.RecordRejectedException;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;

/**
 * The records no park sum is kept of, which the targets read straight from their tables through the remembered
 * aggregates: standards (ZZSZ-T07 counts distinct codes), platforms (ZZSZ-T03), projects (JNLS-T01 counts completed
 * introductions a year) and events. And undo, of any record type's recent change.
 */
final class OtherRecordOperations {

    private final Ledger ledger;
    private final StandardService standards;
    private final PlatformService platforms;
    private final ProjectService projects;
    private final EventService events;

    OtherRecordOperations(Ledger ledger) {
        this.ledger = ledger;
        this.standards = ledger.records().standards();
        this.platforms = ledger.records().platforms();
        this.projects = ledger.records().projects();
        this.events = ledger.records().events();
    }

    Operation any() {
        Park park = ledger.ownPark();
        return switch (ledger.random.nextInt(4)) {
            case 0 -> standard(park);
            case 1 -> platform(park);
            case 2 -> project(park);
            default -> event(park);
        };
    }

    /** Undoes one of the latest changes (the undo of an undo redoes it); refused when the record moved on since. */
    Operation undo() {
        Optional<Ledger.Undoable> recent = ledger.recentChange();
        if (recent.isEmpty()) {
            return any();
        }
        Ledger.Undoable change = recent.get();
        return Operation.mayBeRefused("undo " + change.what(), () -> {
            ledger.forget(change);
            ledger.remember("undo of " + change.what(), change.undo().apply(change.change()), change.undo());
        }, RecordWriteException.class, RecordRejectedException.class);
    }

    private Operation standard(Park park) {
        List<Standard> present = standards.list(park.id());
        Optional<Enterprise> drafter = ledger.someEnterprise();
        if (drafter.isEmpty()) {
            return new EnterpriseOperations(ledger).add(park);
        }
        if (!present.isEmpty() && ledger.chance(35)) {
            Standard s = ledger.pick(present);
            if (ledger.chance(40)) {
                return Operation.write("standard " + s.code() + " deleted", () ->
                        ledger.remember("delete of standard " + s.code(), standards.delete(s.id()), standards::undo));
            }
            Standard draft = new Standard(s.id(), s.code(), s.title(), s.level(),
                    s.role() == StandardRole.LEAD ? StandardRole.PARTICIPANT : StandardRole.LEAD, s.enterpriseId(),
                    ledger.chance(30) ? null : ledger.day(LocalDate.of(2022, 1, 1), Ledger.LAST_DAY));
            return save("standard " + s.code() + " now " + draft.role() + ", published " + draft.publishedOn(), draft);
        }
        int year = ledger.between(2021, 2026);
        String code;
        StandardLevel level;
        if (!present.isEmpty() && ledger.chance(30)) {
            Standard shared = ledger.pick(present); // the same code drafted by a second enterprise counts once
            code = shared.code();
            level = shared.level();
        } else {
            int kind = ledger.random.nextInt(3);
            level = List.of(StandardLevel.NATIONAL, StandardLevel.INDUSTRY, StandardLevel.LOCAL).get(kind);
            code = List.of("GB/T ", "HJ ", "DB37/T ").get(kind) + (4000 + ledger.next()) + "-" + year;
        }
        Standard draft = new Standard(0, code, "水处理剂 聚合氯化铝" + ledger.next(), level,
                ledger.chance(30) ? StandardRole.LEAD : StandardRole.PARTICIPANT, drafter.get().id(),
                ledger.chance(20) ? null : ledger.day(LocalDate.of(year, 1, 1), Ledger.LAST_DAY));
        return save("standard " + code + " drafted by " + drafter.get().displayName(), draft);
    }

    private Operation save(String description, Standard draft) {
        return Operation.write(description, () -> ledger.remember(description,
                standards.save(draft, Ledger.explain(standards.validate(draft))).change(), standards::undo));
    }

    private Operation platform(Park park) {
        List<InnovationPlatform> present = platforms.list(park.id());
        if (!present.isEmpty() && ledger.chance(40)) {
            InnovationPlatform p = ledger.pick(present);
            if (ledger.chance(40)) {
                return Operation.write("platform " + p.name() + " deleted", () ->
                        ledger.remember("delete of platform " + p.name(), platforms.delete(p.id()), platforms::undo));
            }
            LocalDate revoked = p.revokedOn() == null ? ledger.dayFrom(p.approvedOn()) : null;
            InnovationPlatform draft = new InnovationPlatform(p.id(), p.parkId(), p.enterpriseId(), p.name(), p.type(),
                    p.level(), p.approvedOn(), p.approvedBy(), revoked);
            return savePlatform("platform " + p.name() + " revoked on " + revoked, draft);
        }
        Long enterprise = ledger.enterprises(park).stream().findFirst().map(Enterprise::id).orElse(null);
        PlatformType type = ledger.pick(List.of(PlatformType.ONE_ENTERPRISE_ONE_TECH,
                PlatformType.ONE_ENTERPRISE_ONE_TECH, PlatformType.KEY_LAB, PlatformType.ENGINEERING_CENTER));
        InnovationPlatform draft = new InnovationPlatform(0, park.id(), type.belongsToEnterprise() ? enterprise : null,
                "水处理剂研发中心" + ledger.next(), type, ledger.pick(List.of(PlatformLevel.values())),
                ledger.day(LocalDate.of(2021, 1, 1), Ledger.LAST_DAY), "山东省工业和信息化厅", null);
        return savePlatform("platform " + draft.name() + " " + type + " " + draft.level() + " approved "
                + draft.approvedOn(), draft);
    }

    private Operation savePlatform(String description, InnovationPlatform draft) {
        return Operation.write(description, () -> ledger.remember(description,
                platforms.save(draft, Ledger.explain(platforms.validate(draft))).change(), platforms::undo));
    }

    private Operation project(Park park) {
        List<Project> present = projects.list(park.id());
        if (!present.isEmpty() && ledger.chance(45)) {
            Project p = ledger.pick(present);
            if (ledger.chance(35)) {
                return Operation.write("project " + p.name() + " deleted", () ->
                        ledger.remember("delete of project " + p.name(), projects.delete(p.id()), projects::undo));
            }
            boolean complete = p.status() != ProjectStatus.COMPLETED;
            LocalDate done = complete ? ledger.dayFrom(p.startDate() == null ? Ledger.FIRST_DAY : p.startDate()) : null;
            Project draft = new Project(p.id(), p.parkId(), p.enterpriseId(), p.targetId(), p.name(), p.category(),
                    p.plannedInvestment(), p.startDate(), p.plannedCompletion(), done,
                    complete ? ProjectStatus.COMPLETED : ProjectStatus.IN_PROGRESS, p.note(), p.progress());
            return saveProject("project " + p.name() + (complete ? " completed " + done : " reopened"), draft);
        }
        LocalDate start = ledger.day(LocalDate.of(2022, 1, 1), Ledger.LAST_DAY);
        boolean completed = ledger.chance(50);
        Project draft = new Project(0, park.id(), null, null, "引进项目" + ledger.next(),
                ledger.chance(70) ? ProjectCategory.ENTERPRISE_INTRODUCTION : ProjectCategory.CONSTRUCTION,
                BigDecimal.valueOf(ledger.between(100, 20_000)), start, start.plusMonths(ledger.between(3, 24)),
                completed ? ledger.dayFrom(start) : null,
                completed ? ProjectStatus.COMPLETED : ProjectStatus.IN_PROGRESS, null, List.of());
        return saveProject("project " + draft.name() + " " + draft.category() + " " + draft.status() + " "
                + draft.actualCompletion(), draft);
    }

    private Operation saveProject(String description, Project draft) {
        return Operation.write(description, () -> ledger.remember(description,
                projects.save(draft, Ledger.explain(projects.validate(draft))).change(), projects::undo));
    }

    private Operation event(Park park) {
        List<ParkEvent> present = events.list(park.id());
        if (!present.isEmpty() && ledger.chance(30)) {
            ParkEvent e = ledger.pick(present);
            return Operation.write("event " + e.title() + " deleted", () ->
                    ledger.remember("delete of event " + e.title(), events.delete(e.id()), events::undo));
        }
        ParkEvent draft = new ParkEvent(0, park.id(), ledger.day(Ledger.FIRST_DAY, Ledger.LAST_DAY),
                "供需对接会" + ledger.next(), ledger.pick(List.of(EventType.values())), ledger.chance(30),
                ledger.between(20, 300), "枣庄", null);
        return Operation.write("event " + draft.title() + " held " + draft.heldOn(), () -> ledger.remember(
                draft.title(), events.save(draft, Ledger.explain(events.validate(draft))).change(), events::undo));
    }
}
