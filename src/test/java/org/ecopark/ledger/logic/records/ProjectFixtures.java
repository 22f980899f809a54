package org.ecopark.ledger.logic.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;

/** A project and events of the Zaozhuang Shizhong park for the project and event tests. */
public final class ProjectFixtures {

    private ProjectFixtures() {
    }

    /** The water-treatment agent plant extension: 12,000 万元 planned, two progress reports. */
    public static Project plantExtension(long parkId, Long enterpriseId) {
        return new Project(0, parkId, enterpriseId, null, "年产 5 万吨聚合氯化铝铁扩建项目", ProjectCategory.CONSTRUCTION,
                new BigDecimal("12000"), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 10, 31), null,
                ProjectStatus.IN_PROGRESS, "一期厂房已封顶",
                List.of(entry(LocalDate.of(2024, 6, 30), "3200", "25", "主体施工"),
                        entry(LocalDate.of(2024, 12, 31), "7600", "60", "设备进场")));
    }

    public static ProjectProgress entry(LocalDate day, String investment, String percent, String note) {
        return new ProjectProgress(0, day, investment == null ? null : new BigDecimal(investment),
                percent == null ? null : new BigDecimal(percent), note);
    }

    /** The same project with other progress entries. */
    public static Project withProgress(Project p, List<ProjectProgress> progress) {
        return new Project(p.id(), p.parkId(), p.enterpriseId(), p.targetId(), p.name(), p.category(),
                p.plannedInvestment(), p.startDate(), p.plannedCompletion(), p.actualCompletion(), p.status(), p.note(),
                progress);
    }

    public static ParkEvent waterExpo(long parkId) {
        return new ParkEvent(0, parkId, LocalDate.of(2024, 9, 12), "2024 鲁南水处理剂产业供需对接会", EventType.SUPPLY_DEMAND,
                false, 180, "枣庄市市中区会展中心", null);
    }
}
