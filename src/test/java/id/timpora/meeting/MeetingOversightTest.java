package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Immigration agencies whose jurisdiction holds a team's region oversee its meetings and action items read-only, as a
 * Kanwil oversees its Kanims and the Ditjen all of them; agencies outside still get 404.
 */
class MeetingOversightTest extends MeetingTestBase {

    long upcoming;
    long past;
    long item;
    String teamKabupaten;
    String kanwilOfficer;
    String nationalOfficer;
    String provincialKesbangpolOfficer;
    String otherKanwilOfficer;

    @BeforeEach
    void meetingsOfAKecamatanTeam() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        upcoming = plan(officer, "Rakor pengawasan vila", today.plusDays(1).toString(), "06:00", "07:00");
        past = plan(officer, "Rakor bulan lalu", today.minusDays(20).toString(), "09:00", "11:00");
        item = addItem(
                past,
                kesbangpol,
                "Mendata pekerja asing di vila",
                today.minusDays(10).toString());
        String teamRegion = jdbc.queryForObject("select region_code from team where id = ?", String.class, teamId);
        teamKabupaten = teamRegion.substring(0, 5);
        kanwilOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "51"));
        nationalOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
        provincialKesbangpolOfficer = accounts.create("OFFICER", agencies.create("KESBANGPOL", "PROVINSI", "51"));
        otherKanwilOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "61"));
    }

    @Test
    void theKanwilAndTheDitjenReadTheMeetingItsDocumentsAndTheTeamButChangeNothing() throws Exception {
        for (String overseer : List.of(kanwilOfficer, nationalOfficer)) {
            Document page = page(overseer, "/rapat/" + past);
            assertThat(page.text()).contains("Rakor bulan lalu").contains("Mendata pekerja asing di vila");
            assertThat(page.select("#markHeld, #editMeeting, #minutesEditor, form[action$=/selesai]"))
                    .as("no control that changes the meeting")
                    .isEmpty();
            mvc.perform(get("/rapat/" + past + ".ics").with(accounts.as(overseer)))
                    .andExpect(status().isOk());
            mvc.perform(get("/rapat/" + past + "/notulen.pdf").with(accounts.as(overseer)))
                    .andExpect(status().isOk());
            Document team = page(overseer, "/rapat/tim/" + teamId);
            assertThat(team.select("a[href=/rapat/" + past + "]")).isNotEmpty();
            assertThat(team.select("a[href^=/rapat/baru]"))
                    .as("no planning for the team")
                    .isEmpty();

            mvc.perform(get("/rapat/" + past + "/ubah").with(accounts.as(overseer)))
                    .andExpect(status().isForbidden());
            perform(form(overseer, "/rapat/" + past + "/notulen")
                            .param("minutes", "diubah")
                            .param("version", "0"))
                    .andExpect(status().isForbidden());
            perform(form(overseer, "/rapat/" + upcoming + "/status").param("target", "SELESAI"))
                    .andExpect(status().isForbidden());
            perform(form(overseer, "/rapat/tindak-lanjut/" + item + "/selesai")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select status from meeting_action_item where id = ?", String.class, item))
                .isEqualTo("TERBUKA");
        assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, upcoming))
                .isEqualTo("DIRENCANAKAN");
        assertThat(jdbc.queryForObject("select minutes from meeting where id = ?", String.class, past))
                .isNull();
    }

    @Test
    void aNonImmigrationAgencyOfTheProvinceAndAnotherProvincesKanwilStillGet404() throws Exception {
        for (String outsider : List.of(provincialKesbangpolOfficer, otherKanwilOfficer, outsiderOfficer)) {
            for (String path : List.of("/rapat/" + past, "/rapat/" + past + ".ics", "/rapat/tim/" + teamId)) {
                mvc.perform(get(path).with(accounts.as(outsider))).andExpect(status().isNotFound());
            }
            assertThat(page(outsider, "/rapat?period=ALL").select("a[href=/rapat/" + past + "]"))
                    .isEmpty();
            assertThat(page(outsider, "/").text()).doesNotContain("Mendata pekerja asing di vila");
        }
    }

    @Test
    void theNationalOfficerDrilledToTheTeamsKabupatenSeesItsMeetingAndOverdueItemAndElsewhereNeither()
            throws Exception {
        Document drilled = page(nationalOfficer, "/?wilayah=" + teamKabupaten);
        assertThat(drilled.select("#upcomingMeetings a[href=/rapat/" + upcoming + "]"))
                .isNotEmpty();
        assertThat(drilled.select("#overdueActionItems").text()).contains("Mendata pekerja asing di vila");

        Document elsewhere = page(nationalOfficer, "/?wilayah=61.06");
        assertThat(elsewhere.select("#upcomingMeetings a[href=/rapat/" + upcoming + "]"))
                .isEmpty();
        assertThat(elsewhere.text()).doesNotContain("Mendata pekerja asing di vila");

        Document kanwil = page(kanwilOfficer, "/");
        assertThat(kanwil.select("#upcomingMeetings a[href=/rapat/" + upcoming + "]"))
                .isNotEmpty();
        assertThat(kanwil.select("#overdueActionItems").text()).contains("Mendata pekerja asing di vila");
    }

    private Document page(String user, String path) throws Exception {
        String html = mvc.perform(get(path).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
