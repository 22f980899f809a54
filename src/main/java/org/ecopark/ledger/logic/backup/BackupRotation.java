package org.ecopark.ledger.logic.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups of a folder stay, by a {@link BackupPolicy}; a pure function of the backups' times, so the same
 * folder always keeps the same files whenever it is rotated. Days, weeks and months count only when they have a
 * backup, so a ledger left alone for months keeps its last backups rather than ageing them out.
 * <ul>
 *   <li>daily: <em>every</em> backup of the last N days with backups. A day can hold several (one on close, one
 *       before a demo or an import replaced records, one by hand), and the one taken before a change is the way back
 *       from it: a later backup of the same day must not push it out;</li>
 *   <li>weekly and monthly: the newest backup of each of the last N ISO weeks, and of the last N months.</li>
 * </ul>
 * The rules are applied each on its own and what any of them keeps stays.
 */
public final class BackupRotation {

    private BackupRotation() {
    }

    /** The backups to keep of {@code backups}, each dated by {@code madeAt}. */
    public static <T> Set<T> keep(List<T> backups, Function<T, LocalDateTime> madeAt, BackupPolicy policy) {
        List<T> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(madeAt).reversed());
        Set<T> kept = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (T backup : newestFirst) {
            LocalDate day = madeAt.apply(backup).toLocalDate();
            if (days.contains(day) || days.size() < policy.daily()) {
                days.add(day);
                kept.add(backup);
            }
        }
        kept.addAll(newestOfEach(newestFirst, backup -> week(madeAt.apply(backup)), policy.weekly()));
        kept.addAll(newestOfEach(newestFirst, backup -> YearMonth.from(madeAt.apply(backup)), policy.monthly()));
        return kept;
    }

    private static <T> List<T> newestOfEach(List<T> newestFirst, Function<T, Object> period, int count) {
        List<T> kept = new ArrayList<>();
        Set<Object> periods = new HashSet<>();
        for (T backup : newestFirst) {
            if (periods.size() == count) {
                break;
            }
            if (periods.add(period.apply(backup))) {
                kept.add(backup);
            }
        }
        return kept;
    }

    /** The ISO week of a time, as year and week (the first days of January can belong to the year before). */
    private static List<Integer> week(LocalDateTime time) {
        return List.of(time.get(IsoFields.WEEK_BASED_YEAR), time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
