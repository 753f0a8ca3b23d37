package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * Administrators manage accounts and structure and get no report data anywhere (issue #10, item 2): before the fix an
 * administrator of a national agency found any report by name through the meeting's report picker and read the names
 * of the reports a meeting discussed.
 */
class AdministratorsSeeNoReportsTest extends MeetingTestBase {

    @Test
    void aNationalAdministratorFindsNoReportsInThePickerAndSeesOnlyNumbersOnTheMeetingPage() throws Exception {
        String nationalAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PUSAT"));
        long report = reports.by(kesbangpolReporter, TUBAN_BADUNG)
                .set("full_name", "Ketut Andersson")
                .insert();
        long meeting = plan(officer, "Rakor laporan", "2026-11-20", "09:00", "11:00");
        perform(form(officer, "/rapat/" + meeting + "/laporan").param("reportId", String.valueOf(report)))
                .andExpect(flash().attribute("flashSuccess", "meeting.reportAdded"));

        for (String administrator : new String[] {nationalAdmin, admin}) {
            assertThat(body(get("/rapat/" + meeting + "/laporan/cari?q=andersson"), administrator))
                    .doesNotContain("Ketut Andersson");
            assertThat(body(get("/rapat/" + meeting + "/laporan/cari").param("q", "#" + report), administrator))
                    .doesNotContain("Ketut Andersson");
            assertThat(body(get("/rapat/" + meeting), administrator))
                    .contains("Laporan #" + report)
                    .doesNotContain("Ketut Andersson")
                    .doesNotContain("href=\"/laporan/" + report + "\"");
            mvc.perform(get("/laporan/" + report).with(accounts.as(administrator)))
                    .andExpect(status().is4xxClientError());
        }
        perform(form(nationalAdmin, "/rapat/" + meeting + "/laporan").param("reportId", String.valueOf(report)))
                .andExpect(flash().attribute("flashError", "meeting.error.reportNotFound"));
        // The chair's officer still sees and picks the report.
        assertThat(body(get("/rapat/" + meeting + "/laporan/cari?q=andersson"), officer))
                .contains("Ketut Andersson");
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        return mvc.perform(request.with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
