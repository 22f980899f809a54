package org.ecopark.ledger.logic.demo;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.TitleKind;

/**
 * The codes the schema's CHECK constraints allow, so that a wrong one in an edited file is reported
 * with its line instead of failing the whole batch with a constraint name.
 */
final class DemoCodes {

    static final Set<String> SEGMENTS = names(EnterpriseSegment.class);
    static final Set<String> TITLES = names(TitleKind.class);
    static final Set<String> PATENT_TYPES = names(PatentType.class);
    static final Set<String> PATENT_STATUSES = names(PatentStatus.class);
    static final Set<String> STANDARD_LEVELS = names(StandardLevel.class);
    static final Set<String> STANDARD_ROLES = Set.of("LEAD", "PARTICIPANT");
    static final Set<String> PROJECT_CATEGORIES = names(ProjectCategory.class);
    static final Set<String> PROJECT_STATUSES = names(ProjectStatus.class);
    static final Set<String> EDUCATION = Set.of("DOCTOR", "MASTER", "BACHELOR", "COLLEGE", "OTHER");
    static final Set<String> PLATFORM_TYPES = Set.of("KEY_LAB", "ENGINEERING_CENTER", "ENTERPRISE_TECH_CENTER",
            "ONE_ENTERPRISE_ONE_TECH", "MANUFACTURING_INNOVATION_CENTER", "INDUSTRIAL_DESIGN_CENTER", "OTHER");
    static final Set<String> PLATFORM_LEVELS = Set.of("NATIONAL", "PROVINCIAL", "MUNICIPAL");
    static final Set<String> EVENT_TYPES = names(EventType.class);

    private DemoCodes() {
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
