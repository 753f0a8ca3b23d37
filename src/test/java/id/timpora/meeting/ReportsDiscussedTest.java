package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Reports discussed are picked from the chair's jurisdiction; invited users outside it see only the number. */
class ReportsDiscussedTest extends MeetingTestBase {

    @Test
    void theChairPicksReportsItCanSeeAndOthersSeeOnlyTheNumberOfReportsTheyCannot() throws Exception {
        long kalbar = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        String kalbarReporter = accounts.create("REPORTER", kalbar);
        jdbc.update("insert into team_member (team_id, agency_id) values (?, ?)", teamId, kalbar);
        long badungReport = reports.by(kesbangpolReporter, TUBAN_BADUNG)
                .set("full_name", "Wayan Sanderson")
                .insert();
        long kalbarReport = reports.by(kalbarReporter, PALA_PULAU)
                .set("full_name", "Wayan Li")
                .insert();
        long meeting = plan(officer, "Rakor laporan", "2026-11-20", "09:00", "11:00");

        String found = mvc.perform(
                        get("/rapat/" + meeting + "/laporan/cari?q=wayan").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains("Wayan Sanderson").doesNotContain("Wayan Li");
        assertThat(mvc.perform(get("/rapat/" + meeting + "/laporan/cari")
                                .param("q", "#" + badungReport)
                                .with(accounts.as(officer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Wayan Sanderson");

        perform(form(officer, "/rapat/" + meeting + "/laporan").param("reportId", String.valueOf(kalbarReport)))
                .andExpect(flash().attribute("flashError", "meeting.error.reportNotFound"));
        perform(form(officer, "/rapat/" + meeting + "/laporan").param("reportId", String.valueOf(badungReport)))
                .andExpect(flash().attribute("flashSuccess", "meeting.reportAdded"));
        assertThat(jdbc.queryForList("select report_id from meeting_report where meeting_id = ?", Long.class, meeting))
                .containsExactly(badungReport);

        String insider = page(kesbangpolReporter, meeting);
        assertThat(insider).contains("href=\"/laporan/" + badungReport + "\"").contains("Wayan Sanderson");
        String outsider = page(kalbarReporter, meeting);
        assertThat(outsider)
                .contains("Laporan #" + badungReport)
                .doesNotContain("Wayan Sanderson")
                .doesNotContain("href=\"/laporan/" + badungReport + "\"");

        perform(form(officer, "/rapat/" + meeting + "/laporan/" + badungReport + "/hapus"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_report where meeting_id = ?", Integer.class, meeting))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where target_type = 'MEETING' and target_id = ?"
                                + " and detail like 'reports: %'",
                        Integer.class, String.valueOf(meeting)))
                .isEqualTo(2);
    }

    private String page(String user, long meeting) throws Exception {
        return mvc.perform(get("/rapat/" + meeting).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
