package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The invitation list of the meeting form: a checkbox list with the team's members first and checked. */
class MeetingInvitationsTest extends MeetingTestBase {

    @Test
    void aNewPlanListsTheTeamsMembersFirstAndCheckedAndEveryOtherAgencyAfter() throws Exception {
        Document page = page(officer, "/rapat/baru?tim=" + teamId);

        assertThat(checkedIn(page, "members")).containsExactlyInAnyOrder(kanim, kesbangpol, polres);
        assertThat(valuesIn(page, "members")).containsExactlyInAnyOrder(kanim, kesbangpol, polres);
        assertThat(valuesIn(page, "others")).contains(outsiderAgency).doesNotContain(kanim, kesbangpol, polres);
        assertThat(checkedIn(page, "others")).isEmpty();
        assertThat(page.select("#invitedAgencyIds [data-checkbox-filter]")).hasSize(1);
        assertThat(page.select("#invitedAgencyIds label").eachText()).doesNotHaveDuplicates();
        // The team choice tells the page's script whom to put first when another team is chosen.
        assertThat(page.select("#teamId option[value=" + teamId + "]").attr("data-members"))
                .isEqualTo(String.join(
                        " ",
                        List.of(kanim, kesbangpol, polres).stream()
                                .sorted()
                                .map(String::valueOf)
                                .toList()));
    }

    @Test
    void theEditFormKeepsTheInvitationsAsSavedInTheSameGroups() throws Exception {
        long meeting = planWithInvitees(List.of(kanim, outsiderAgency));

        Document page = page(officer, "/rapat/" + meeting + "/ubah");

        assertThat(checkedIn(page, "members")).containsExactly(kanim);
        assertThat(valuesIn(page, "members")).containsExactlyInAnyOrder(kanim, kesbangpol, polres);
        assertThat(checkedIn(page, "others")).containsExactly(outsiderAgency);
        assertThat(jdbc.queryForList(
                        "select agency_id from meeting_invitee where meeting_id = ? order by agency_id",
                        Long.class,
                        meeting))
                .containsExactlyInAnyOrder(kanim, outsiderAgency);
    }

    @Test
    void onlyThoseWhoMayPlanForATeamGetTheForm() throws Exception {
        mvc.perform(get("/rapat/baru?tim=" + teamId).with(accounts.as(kesbangpolReporter)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rapat/baru?tim=" + teamId).with(accounts.as(outsiderOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rapat/baru?tim=" + teamId).with(accounts.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/rapat/baru?tim=" + teamId)).andExpect(status().is3xxRedirection());
    }

    private long planWithInvitees(List<Long> invitees) throws Exception {
        var request = form(officer, "/rapat/baru")
                .param("teamId", String.valueOf(teamId))
                .param("kind", "RUTIN")
                .param("title", "Rakor undangan terpilih")
                .param("date", LocalDate.now().plusDays(5).toString())
                .param("startTime", "09:00")
                .param("endTime", "11:00")
                .param("place", "Aula");
        invitees.forEach(id -> request.param("invitedAgencyIds", String.valueOf(id)));
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/rapat/(\\d+).*", "$1"));
    }

    private Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Long> valuesIn(Document page, String group) {
        return page.select("[data-group=" + group + "] input[type=checkbox]").eachAttr("value").stream()
                .map(Long::valueOf)
                .toList();
    }

    private static List<Long> checkedIn(Document page, String group) {
        return page.select("[data-group=" + group + "] input[type=checkbox][checked]").eachAttr("value").stream()
                .map(Long::valueOf)
                .toList();
    }
}
