package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ActionItemDeadlineTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WIB_KALBAR = ZoneId.of("Asia/Pontianak");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    static final LocalDate DUE = LocalDate.of(2026, 11, 23);

    @Test
    void anItemIsOverdueOnceItsDueDayHasEndedWhereTheResponsibleAgencyIs() {
        assertThat(ActionItemDeadline.of(DUE, WIT)).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(ActionItemDeadline.of(DUE, WITA)).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(ActionItemDeadline.of(DUE, WIB)).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(ActionItemDeadline.of(DUE, WIB_KALBAR)).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
    }

    @Test
    void theSameInstantIsPastTheDeadlineInPapuaButNotInJakarta() {
        // 16:30 UTC: 01:30 on the 24th in Jayapura, 00:30 on the 24th in Makassar, 23:30 on the 23rd in Jakarta.
        Instant now = Instant.parse("2026-11-23T16:30:00Z");
        assertThat(overdue(WIT, now)).isTrue();
        assertThat(overdue(WITA, now)).isTrue();
        assertThat(overdue(WIB, now)).isFalse();
        // The last moment of the due day is still in time; the first moment of the next day is not.
        assertThat(overdue(WIB, Instant.parse("2026-11-23T16:59:59Z"))).isFalse();
        assertThat(overdue(WIB, Instant.parse("2026-11-23T17:00:00Z"))).isTrue();
        // Done items are never overdue.
        assertThat(ActionItemDeadline.isOverdue(
                        ActionItemStatus.SELESAI, ActionItemDeadline.of(DUE, WIT), now.plusSeconds(86_400)))
                .isFalse();
    }

    private static boolean overdue(ZoneId zone, Instant now) {
        return ActionItemDeadline.isOverdue(ActionItemStatus.TERBUKA, ActionItemDeadline.of(DUE, zone), now);
    }
}
