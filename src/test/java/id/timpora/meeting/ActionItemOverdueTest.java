package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.timpora.account.CurrentUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Overdue is judged on the responsible agency's calendar: a Papua agency (WIT) is late an hour before a Bali agency
 * (WITA) and two hours before a Kalimantan Barat one (WIB) with the same due date.
 */
class ActionItemOverdueTest extends MeetingTestBase {

    static final ZoneId WIB = ZoneId.of("Asia/Pontianak");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    @Autowired
    MeetingQueries queries;

    @Autowired
    MeetingOverview overview;

    @Autowired
    UserDetailsService users;

    long papua;
    long kalbar;
    long meeting;
    String papuaReporter;
    String kalbarReporter;

    @BeforeEach
    void agenciesInThreeZones() throws Exception {
        papua = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "91.03");
        kalbar = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        papuaReporter = accounts.create("REPORTER", papua);
        kalbarReporter = accounts.create("REPORTER", kalbar);
        jdbc.update(
                "insert into team_member (team_id, agency_id) values (?, ?), (?, ?)", teamId, papua, teamId, kalbar);
        meeting = plan(officer, "Rakor lintas zona", "2026-11-01", "09:00", "11:00");
    }

    @Test
    void theDeadlineIsStoredAsTheEndOfTheDueDayInTheResponsibleAgencysZone() throws Exception {
        long witItem = addItem(meeting, papua, "Papua", "2026-12-01");
        long witaItem = addItem(meeting, kesbangpol, "Bali", "2026-12-01");
        long wibItem = addItem(meeting, kalbar, "Kalbar", "2026-12-01");

        assertThat(dueAt(witItem)).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(dueAt(witaItem)).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(dueAt(wibItem)).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
    }

    @Test
    void myActionItemsAndTheDashboardCountAnItemAsOverdueOnlyAfterItsDayEndedForItsAgency() throws Exception {
        LocalDate yesterdayInPapua = LocalDate.now(WIT).minusDays(1);
        LocalDate todayInKalbar = LocalDate.now(WIB);
        CurrentUser chair = user(officer);
        // Other tests' teams in the chair's jurisdiction are followed too (oversight), so count what this test adds.
        long chairOpenBefore = overview.openActionItemCount(chair);
        long late = addItem(meeting, papua, "Laporan WNA Jayapura", yesterdayInPapua.toString());
        long inTime = addItem(meeting, kalbar, "Laporan WNA Kapuas Hulu", todayInKalbar.toString());

        CurrentUser papuaUser = user(papuaReporter);
        CurrentUser kalbarUser = user(kalbarReporter);
        assertThat(queries.myActionItems(papuaUser, ActionItemStatus.TERBUKA, PageRequest.of(0, 10))
                        .getContent())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(late);
                    assertThat(row.overdue()).isTrue();
                });
        assertThat(queries.myActionItems(kalbarUser, ActionItemStatus.TERBUKA, PageRequest.of(0, 10))
                        .getContent())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(inTime);
                    assertThat(row.overdue()).isFalse();
                });
        assertThat(overview.overdueActionItemCount(papuaUser)).isEqualTo(1);
        assertThat(overview.overdueActionItemCount(kalbarUser)).isZero();
        assertThat(overview.openActionItemCount(kalbarUser)).isEqualTo(1);
        // The chair's officer follows both; the overdue one is listed.
        assertThat(overview.overdueActionItemsFor(chair, List.of(), 10))
                .extracting(ActionItemRow::id)
                .contains(late)
                .doesNotContain(inTime);
        assertThat(overview.openActionItemCount(chair)).isEqualTo(chairOpenBefore + 2);

        String page = mvc.perform(get("/rapat/tugas-saya").with(accounts.as(papuaReporter)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("action-item-overdue").contains("Terlambat");
        String meetingPage = mvc.perform(get("/rapat/" + meeting).with(accounts.as(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meetingPage).contains("0 dari 2 tindak lanjut selesai");
    }

    @Test
    void upcomingMeetingsForTheDashboardAreTheVisibleOnesSoonestFirst() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        long later = plan(officer, "Rakor bulan depan", today.plusDays(30).toString(), "09:00", "11:00");
        long sooner = plan(officer, "Rakor minggu depan", today.plusDays(7).toString(), "09:00", "11:00");

        List<MeetingRow> upcoming = overview.upcomingFor(user(kesbangpolReporter), List.of(), 10);
        assertThat(upcoming).extracting(MeetingRow::id).containsSubsequence(sooner, later);
        assertThat(upcoming).extracting(MeetingRow::id).doesNotContain(meeting);
        assertThat(overview.upcomingFor(user(outsiderReporter), List.of(), 10))
                .extracting(MeetingRow::id)
                .doesNotContain(sooner, later);
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private Instant dueAt(long item) {
        return jdbc.queryForObject("select due_at from meeting_action_item where id = ?", Timestamp.class, item)
                .toInstant();
    }
}
