package org.ecopark.ledger.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The rotation is a pure function of the backups' times: here they come from a fixed clock moved by hand. */
class BackupRotationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Sunday 2026-12-06 18:00, the end of ISO week 49. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), SHANGHAI);

    private static LocalDateTime daysAgo(int days, int hour) {
        return LocalDateTime.now(Clock.offset(NOW, Duration.ofDays(-days))).withHour(hour);
    }

    private static Set<LocalDateTime> keep(List<LocalDateTime> backups, BackupPolicy policy) {
        return BackupRotation.keep(backups, Function.identity(), policy);
    }

    @Test
    void everyBackupOfTheLastDaysWithBackupsStaysSoThatOneBeforeAChangeOutlivesTheDailyOneAfterIt() {
        LocalDateTime beforeDemo = daysAgo(0, 9);
        LocalDateTime byHand = daysAgo(0, 11);
        LocalDateTime onClose = daysAgo(0, 18);
        List<LocalDateTime> backups = new ArrayList<>(List.of(beforeDemo, byHand, onClose));
        for (int day = 1; day <= 9; day++) {
            backups.add(daysAgo(day, 18));
        }

        Set<LocalDateTime> kept = keep(backups, new BackupPolicy(7, 0, 0));

        assertThat(kept).hasSize(3 + 6).contains(beforeDemo, byHand, onClose, daysAgo(6, 18))
                .doesNotContain(daysAgo(7, 18), daysAgo(8, 18), daysAgo(9, 18));
    }

    @Test
    void olderBackupsStayAsTheNewestOfTheirWeekAndOfTheirMonth() {
        List<LocalDateTime> backups = new ArrayList<>();
        for (int day = 0; day < 400; day++) {
            backups.add(daysAgo(day, 18));
        }

        Set<LocalDateTime> kept = keep(backups, BackupPolicy.DEFAULT);

        // 7 days (30 Nov … 6 Dec); the Sundays of the three weeks before this one (29, 22 and 15 Nov); the last days
        // of the ten months before November (31 Oct … 31 Jan), November's being 30 Nov, a kept day already
        List<LocalDateTime> weekly = List.of(daysAgo(7, 18), daysAgo(14, 18), daysAgo(21, 18));
        assertThat(kept).containsAll(weekly).contains(daysAgo(6, 18), LocalDateTime.of(2026, 10, 31, 18, 0),
                LocalDateTime.of(2026, 1, 31, 18, 0));
        assertThat(kept).hasSize(7 + weekly.size() + 10);
        assertThat(kept).allSatisfy(time -> assertThat(time).isAfterOrEqualTo(LocalDateTime.of(2026, 1, 31, 0, 0)));
    }

    @Test
    void aLedgerLeftAloneForMonthsKeepsItsLastBackups() {
        List<LocalDateTime> lastSpring = new ArrayList<>();
        for (int day = 200; day < 210; day++) {
            lastSpring.add(daysAgo(day, 18));
        }

        Set<LocalDateTime> kept = keep(lastSpring, new BackupPolicy(7, 0, 0));

        assertThat(kept).hasSize(7).contains(daysAgo(200, 18), daysAgo(206, 18)).doesNotContain(daysAgo(207, 18));
    }

    @Test
    void theNewestOfAWeekIsKeptEvenWhenItsDayIsAlsoKept() {
        List<LocalDateTime> backups = List.of(daysAgo(0, 18), daysAgo(30, 18), daysAgo(60, 18));

        Set<LocalDateTime> kept = keep(backups, new BackupPolicy(1, 1, 2));

        assertThat(kept).containsExactlyInAnyOrder(daysAgo(0, 18), daysAgo(30, 18));
    }
}
