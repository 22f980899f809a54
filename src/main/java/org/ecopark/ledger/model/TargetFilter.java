package org.ecopark.ledger.model;

import java.time.LocalDate;

/**
 * Which targets to list; a null field does not filter.
 *
 * @param deadlineFrom   earliest deadline, inclusive
 * @param deadlineTo     latest deadline, inclusive
 * @param includeHidden  whether targets the user hid are listed too
 */
public record TargetFilter(String planCode, TargetScope scope, String scopeCode, TargetKind kind,
                           LocalDate deadlineFrom, LocalDate deadlineTo, boolean includeHidden) {

    /** Every visible target of every plan. */
    public static TargetFilter all() {
        return new TargetFilter(null, null, null, null, null, null, false);
    }

    /** The visible targets the plans set for one park. */
    public static TargetFilter park(String parkCode) {
        return all().withScope(TargetScope.PARK, parkCode);
    }

    public TargetFilter withPlan(String code) {
        return new TargetFilter(code, scope, scopeCode, kind, deadlineFrom, deadlineTo, includeHidden);
    }

    public TargetFilter withScope(TargetScope newScope, String newScopeCode) {
        return new TargetFilter(planCode, newScope, newScopeCode, kind, deadlineFrom, deadlineTo, includeHidden);
    }

    public TargetFilter withKind(TargetKind newKind) {
        return new TargetFilter(planCode, scope, scopeCode, newKind, deadlineFrom, deadlineTo, includeHidden);
    }

    public TargetFilter withDeadlines(LocalDate from, LocalDate to) {
        return new TargetFilter(planCode, scope, scopeCode, kind, from, to, includeHidden);
    }

    public TargetFilter withHidden(boolean include) {
        return new TargetFilter(planCode, scope, scopeCode, kind, deadlineFrom, deadlineTo, include);
    }
}
