package org.ecopark.ledger.logic;

import java.util.Optional;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.SettingsRepository;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The first steps of a new park: import its enterprise list, check its targets, generate its first templates.
 * Each step's state is read from the ledger: the park's enterprises, a note that its targets were looked at, and
 * the period of the last templates generated for it ({@code TemplateService} notes it). The guide is for a park that
 * started empty: it begins when such a park is chosen (or the guide is used), so a ledger that was in use before
 * never shows it, and it ends when every step is done or the user dismisses it.
 */
public final class FirstStepsService {

    /** Set to the period code of the last templates generated for the park, by the template service. */
    public static final String TEMPLATES_PREFIX = "collection.templates.last.";
    private static final String GUIDE_PREFIX = "firstSteps.guide.";
    private static final String TARGETS_PREFIX = "firstSteps.targetsChecked.";
    private static final String OPEN = "open";
    private static final String DISMISSED = "dismissed";

    /** Where a park stands in its first steps. */
    public record Steps(boolean begun, boolean dismissed, int enterprises, boolean targetsChecked,
                        Optional<String> templatesPeriod) {

        public boolean enterprisesImported() {
            return enterprises > 0;
        }

        public boolean templatesGenerated() {
            return templatesPeriod.isPresent();
        }

        public boolean allDone() {
            return enterprisesImported() && targetsChecked && templatesGenerated();
        }

        /** Whether the guide is shown: a park that has begun empty (or is empty now), until done or dismissed. */
        public boolean guideShown() {
            return !dismissed && !allDone() && (begun || !enterprisesImported());
        }
    }

    private final UnitOfWork unitOfWork;
    private final boolean readOnly;

    public FirstStepsService(UnitOfWork unitOfWork, boolean readOnly) {
        this.unitOfWork = unitOfWork;
        this.readOnly = readOnly;
    }

    public Steps steps(Park park) {
        Repositories read = unitOfWork.read();
        SettingsRepository settings = read.settings();
        Optional<String> guide = settings.get(GUIDE_PREFIX + park.code());
        return new Steps(guide.isPresent(), guide.filter(DISMISSED::equals).isPresent(),
                read.enterprises().countByPark(park.id()), settings.get(TARGETS_PREFIX + park.code()).isPresent(),
                settings.get(TEMPLATES_PREFIX + park.code()));
    }

    /** Begins the guide for a park that has no enterprises yet; nothing for one that has, or has begun already. */
    public void begin(Park park) {
        if (readOnly) {
            return;
        }
        unitOfWork.inTransaction(repositories -> {
            if (repositories.enterprises().countByPark(park.id()) == 0) {
                repositories.settings().putIfAbsent(GUIDE_PREFIX + park.code(), OPEN);
            }
            return null;
        });
    }

    /** Notes that the park's targets were looked at, while its guide is open; nothing otherwise. */
    public void targetsShown(Park park) {
        Steps steps = steps(park);
        if (readOnly || !steps.guideShown() || steps.targetsChecked()) {
            return;
        }
        unitOfWork.inTransaction(repositories -> repositories.settings().putIfAbsent(TARGETS_PREFIX + park.code(), OPEN));
    }

    /** Hides the guide for good; the steps go on being done as before, only without it. */
    public void dismiss(Park park) {
        if (readOnly) {
            return;
        }
        unitOfWork.inTransaction(repositories -> {
            repositories.settings().put(GUIDE_PREFIX + park.code(), DISMISSED);
            return null;
        });
    }
}
