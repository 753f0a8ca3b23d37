package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who sees a meeting (its invited agencies and its chair; admins) and who changes it (the chair's officers; admins).
 * Everyone else gets 404 for every route of the meeting, so that guessing ids reveals nothing.
 */
class MeetingAccessTest extends MeetingTestBase {

    long meeting;
    long attendee;
    long item;

    @BeforeEach
    void aMeetingWithRecords() throws Exception {
        meeting = plan(officer, "Rakor rahasia", "2026-11-20", "09:00", "11:00");
        perform(form(officer, "/rapat/" + meeting + "/hadir")
                .param("name", "Peserta")
                .param("agencyId", String.valueOf(kanim)));
        attendee = jdbc.queryForObject("select id from meeting_attendee where meeting_id = ?", Long.class, meeting);
        item = addItem(meeting, kesbangpol, "Pendataan WNA", "2026-12-01");
    }

    private List<String> readPaths() {
        return List.of(
                "/rapat/" + meeting,
                "/rapat/" + meeting + ".ics",
                "/rapat/" + meeting + "/notulen.pdf",
                "/rapat/" + meeting + "/daftar-hadir.pdf",
                "/rapat/" + meeting + "/ubah",
                "/rapat/" + meeting + "/laporan/cari?q=john");
    }

    private List<MockHttpServletRequestBuilder> writes(String user) {
        return List.of(
                form(user, "/rapat/" + meeting + "/ubah")
                        .param("teamId", String.valueOf(teamId))
                        .param("kind", "RUTIN")
                        .param("title", "Diubah")
                        .param("date", "2026-11-20")
                        .param("startTime", "09:00")
                        .param("endTime", "11:00")
                        .param("place", "X")
                        .param("version", "2"),
                form(user, "/rapat/" + meeting + "/status")
                        .param("target", "DIBATALKAN")
                        .param("reason", "x"),
                form(user, "/rapat/" + meeting + "/hadir")
                        .param("name", "Penyusup")
                        .param("agencyId", "" + kanim),
                form(user, "/rapat/" + meeting + "/hadir/" + attendee + "/hapus"),
                form(user, "/rapat/" + meeting + "/notulen")
                        .param("minutes", "diubah")
                        .param("version", "2"),
                form(user, "/rapat/" + meeting + "/notulen/pratinjau").param("minutes", "x"),
                form(user, "/rapat/" + meeting + "/laporan").param("reportId", "1"),
                form(user, "/rapat/" + meeting + "/laporan/1/hapus"),
                form(user, "/rapat/" + meeting + "/tindak-lanjut")
                        .param("description", "Tugas")
                        .param("responsibleAgencyId", String.valueOf(kesbangpol))
                        .param("dueDate", "2026-12-01"));
    }

    @Test
    void aUserOfAnAgencyThatWasNotInvitedGets404ForTheMeetingItsDocumentsAndEveryPost() throws Exception {
        for (String user : List.of(outsiderReporter, outsiderOfficer)) {
            for (String path : readPaths()) {
                mvc.perform(get(path).with(accounts.as(user)))
                        .andExpect(status().isNotFound())
                        .andReturn();
            }
            for (MockHttpServletRequestBuilder write : writes(user)) {
                perform(write).andExpect(status().isNotFound());
            }
            perform(form(user, "/rapat/tindak-lanjut/" + item + "/selesai")).andExpect(status().isNotFound());
        }
        assertUnchanged();
    }

    @Test
    void invitedUsersReadTheMeetingButOnlyTheChairsOfficersChangeIt() throws Exception {
        for (String user : List.of(kesbangpolReporter, polresOfficer, chairReporter)) {
            mvc.perform(get("/rapat/" + meeting).with(accounts.as(user))).andExpect(status().isOk());
            mvc.perform(get("/rapat/" + meeting + ".ics").with(accounts.as(user)))
                    .andExpect(status().isOk());
            mvc.perform(get("/rapat/" + meeting + "/notulen.pdf").with(accounts.as(user)))
                    .andExpect(status().isOk());
            mvc.perform(get("/rapat/" + meeting + "/ubah").with(accounts.as(user)))
                    .andExpect(status().isForbidden());
            for (MockHttpServletRequestBuilder write : writes(user)) {
                perform(write).andExpect(status().isForbidden());
            }
        }
        assertUnchanged();

        // An administrator may do what the chair's officers do.
        mvc.perform(get("/rapat/" + meeting).with(accounts.as(admin))).andExpect(status().isOk());
        perform(form(admin, "/rapat/" + meeting + "/hadir")
                        .param("name", "Admin")
                        .param("agencyId", "" + polres))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_attendee where meeting_id = ?", Integer.class, meeting))
                .isEqualTo(2);
    }

    @Test
    void anActionItemIsClosedOnlyByItsResponsibleAgencyOrTheChairsOfficers() throws Exception {
        long second = addItem(meeting, kesbangpol, "Kedua", "2026-12-01");
        long third = addItem(meeting, polres, "Ketiga", "2026-12-01");

        // Invited, but neither responsible nor the chair's officer: refused.
        perform(form(polresOfficer, "/rapat/tindak-lanjut/" + item + "/selesai"))
                .andExpect(status().isForbidden());
        // A reporter of the chair agency is not its officer.
        perform(form(chairReporter, "/rapat/tindak-lanjut/" + item + "/selesai"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(item)).isEqualTo("TERBUKA");

        perform(form(kesbangpolReporter, "/rapat/tindak-lanjut/" + item + "/selesai")
                        .param("note", "Data terkirim"))
                .andExpect(status().is3xxRedirection());
        perform(form(officer, "/rapat/tindak-lanjut/" + second + "/selesai")).andExpect(status().is3xxRedirection());
        perform(form(polresOfficer, "/rapat/tindak-lanjut/" + third + "/selesai"))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(item)).isEqualTo("SELESAI");
        assertThat(statusOf(second)).isEqualTo("SELESAI");
        assertThat(statusOf(third)).isEqualTo("SELESAI");
        assertThat(jdbc.queryForObject("select done_note from meeting_action_item where id = ?", String.class, item))
                .isEqualTo("Data terkirim");
        assertThat(auditCount("STATUS_CHANGE", "MEETING_ACTION_ITEM", item)).isEqualTo(1);
        // Closing twice changes nothing.
        perform(form(kesbangpolReporter, "/rapat/tindak-lanjut/" + item + "/selesai"))
                .andExpect(flash().attribute("flashError", "meeting.error.itemClosed"));
        assertThat(auditCount("STATUS_CHANGE", "MEETING_ACTION_ITEM", item)).isEqualTo(1);
    }

    @Test
    void aDoneItemIsReopenedByWhoeverMayCloseItAuditedAndNobodyElse() throws Exception {
        perform(form(kesbangpolReporter, "/rapat/tindak-lanjut/" + item + "/selesai")
                        .param("note", "Data terkirim"))
                .andExpect(status().is3xxRedirection());

        perform(form(outsiderOfficer, "/rapat/tindak-lanjut/" + item + "/buka-kembali"))
                .andExpect(status().isNotFound());
        perform(form(polresOfficer, "/rapat/tindak-lanjut/" + item + "/buka-kembali"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(item)).isEqualTo("SELESAI");

        String page = mvc.perform(get("/rapat/tugas-saya?status=SELESAI").with(accounts.as(kesbangpolReporter)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"reopen-" + item + "\"");

        perform(form(kesbangpolReporter, "/rapat/tindak-lanjut/" + item + "/buka-kembali")
                        .param("back", "meeting"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "meeting.itemReopened"));
        assertThat(statusOf(item)).isEqualTo("TERBUKA");
        assertThat(jdbc.queryForMap("select done_note, done_at, done_by from meeting_action_item where id = ?", item))
                .containsEntry("done_note", null)
                .containsEntry("done_at", null)
                .containsEntry("done_by", null);
        assertThat(auditCount("STATUS_CHANGE", "MEETING_ACTION_ITEM", item)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where target_type = 'MEETING_ACTION_ITEM' and target_id = ?"
                                + " order by id desc limit 1",
                        String.class,
                        String.valueOf(item)))
                .contains("SELESAI → TERBUKA")
                .contains("Data terkirim");

        // Reopening an open item changes nothing.
        perform(form(kesbangpolReporter, "/rapat/tindak-lanjut/" + item + "/buka-kembali"))
                .andExpect(flash().attribute("flashError", "meeting.error.itemOpen"));
        assertThat(auditCount("STATUS_CHANGE", "MEETING_ACTION_ITEM", item)).isEqualTo(2);
    }

    @Test
    void markingAMeetingHeldAsksForConfirmation() throws Exception {
        String page = mvc.perform(get("/rapat/" + meeting).with(accounts.as(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#markHeld").attr("data-confirm"))
                .contains("sudah dilaksanakan");
    }

    @Test
    void anActionItemGoesOnlyToAnInvitedAgencyAndIsNotDueBeforeTheMeeting() throws Exception {
        perform(form(officer, "/rapat/" + meeting + "/tindak-lanjut")
                        .param("description", "Untuk instansi lain")
                        .param("responsibleAgencyId", String.valueOf(outsiderAgency))
                        .param("dueDate", "2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Penanggung jawab harus salah satu instansi yang diundang.")));
        perform(form(officer, "/rapat/" + meeting + "/tindak-lanjut")
                        .param("description", "Terlalu awal")
                        .param("responsibleAgencyId", String.valueOf(kesbangpol))
                        .param("dueDate", "2026-11-19"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tenggat tidak boleh sebelum tanggal rapat.")))
                .andExpect(content().string(containsString(">Terlalu awal</textarea>")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_action_item where meeting_id = ?", Integer.class, meeting))
                .isEqualTo(1);
    }

    @Test
    void myActionItemsListsOnlyTheOwnAgencysItems() throws Exception {
        mvc.perform(get("/rapat/tugas-saya").with(accounts.as(kesbangpolReporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pendataan WNA")));
        mvc.perform(get("/rapat/tugas-saya").with(accounts.as(polresOfficer)))
                .andExpect(content().string(not(containsString("Pendataan WNA"))));
        mvc.perform(get("/rapat/tugas-saya").with(accounts.as(admin))).andExpect(status().isForbidden());
    }

    private String statusOf(long itemId) {
        return jdbc.queryForObject("select status from meeting_action_item where id = ?", String.class, itemId);
    }

    private void assertUnchanged() {
        var row = jdbc.queryForMap("select title, status, minutes from meeting where id = ?", meeting);
        assertThat(row).containsEntry("title", "Rakor rahasia").containsEntry("status", "DIRENCANAKAN");
        assertThat(row.get("minutes")).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_attendee where meeting_id = ?", Integer.class, meeting))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_action_item where meeting_id = ?", Integer.class, meeting))
                .isEqualTo(1);
        assertThat(statusOf(item)).isEqualTo("TERBUKA");
    }
}
