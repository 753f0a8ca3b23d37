package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dashboard's meeting cards come from the meetings the user may see, through the meeting feature's overview. */
class MeetingDashboardTest extends MeetingTestBase {

    @Test
    void invitedAgenciesSeeTheUpcomingMeetingAndTheirOverdueItemOthersSeeNeither() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        long upcoming = plan(
                officer, "Rakor persiapan operasi gabungan", today.plusDays(5).toString(), "09:00", "11:00");
        long past = plan(officer, "Rakor bulan lalu", today.minusDays(20).toString(), "09:00", "11:00");
        addItem(
                past,
                kesbangpol,
                "Mendata vila yang disewakan kepada WNA",
                today.minusDays(10).toString());

        Document kesbangpolDashboard = dashboard(kesbangpolReporter);
        assertThat(kesbangpolDashboard
                        .select("#upcomingMeetings a[href=/rapat/" + upcoming + "]")
                        .text())
                .contains("Rakor persiapan operasi gabungan");
        assertThat(kesbangpolDashboard.select("#overdueActionItems").text())
                .contains("Mendata vila yang disewakan kepada WNA");

        Document outsiderDashboard = dashboard(outsiderReporter);
        assertThat(outsiderDashboard.select("#upcomingMeetings a[href=/rapat/" + upcoming + "]"))
                .isEmpty();
        assertThat(outsiderDashboard.text()).doesNotContain("Mendata vila yang disewakan kepada WNA");
    }

    private Document dashboard(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(accounts.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
