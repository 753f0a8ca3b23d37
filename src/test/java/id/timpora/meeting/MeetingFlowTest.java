package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Planning, editing, holding and recording a meeting, and what the audit log keeps of it. */
class MeetingFlowTest extends MeetingTestBase {

    @Test
    void anOfficerOfTheChairPlansAMeetingInTheTeamsZoneAndTheTeamsMembersAreInvited() throws Exception {
        long id = plan(officer, "Rakor Tim Pora November", "2026-11-23", "09:00", "11:30");

        var row = jdbc.queryForMap("select * from meeting where id = ?", id);
        assertThat(row)
                .containsEntry("team_id", teamId)
                .containsEntry("kind", "RUTIN")
                .containsEntry("status", "DIRENCANAKAN")
                .containsEntry("time_zone", "Asia/Makassar");
        // 09:00 WITA (UTC+8) is 01:00 UTC
        assertThat(((java.sql.Timestamp) row.get("starts_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(jdbc.queryForList(
                        "select agency_id from meeting_invitee where meeting_id = ? order by agency_id",
                        Long.class,
                        id))
                .containsExactly(kanim, kesbangpol, polres);
        assertThat(auditCount("CREATE", "MEETING", id)).isEqualTo(1);

        mvc.perform(get("/rapat/" + id).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Senin, 23 November 2026")))
                .andExpect(content().string(containsString("09.00–11.30 WITA")))
                .andExpect(content().string(containsString("id=\"editMeeting\"")));
        assertThat(auditCount("VIEW", "MEETING", id)).isEqualTo(1);
    }

    @Test
    void chosenInviteesReplaceTheDefaultAndMembersOfInvitedAgenciesSeeTheMeetingInTheirList() throws Exception {
        String title = "Rakor khusus Kesbangpol " + System.nanoTime();
        String location = mvc.perform(form(officer, "/rapat/baru")
                        .param("teamId", String.valueOf(teamId))
                        .param("kind", "INSIDENTAL")
                        .param("title", title)
                        .param("date", LocalDate.now().plusDays(3).toString())
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("place", "Ruang rapat")
                        .param("invitedAgencyIds", String.valueOf(kesbangpol)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));

        assertThat(jdbc.queryForList("select agency_id from meeting_invitee where meeting_id = ?", Long.class, id))
                .containsExactly(kesbangpol);
        mvc.perform(get("/rapat").with(accounts.as(kesbangpolReporter)))
                .andExpect(content().string(containsString(title)));
        // The chair's own agency always sees its team's meetings, invited or not.
        mvc.perform(get("/rapat").with(accounts.as(chairReporter)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/rapat").with(accounts.as(polresOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/rapat?period=ALL").with(accounts.as(outsiderReporter)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/rapat/" + id).with(accounts.as(polresOfficer))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsShownBesideEachFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from meeting", Integer.class);

        perform(form(officer, "/rapat/baru")
                        .param("teamId", String.valueOf(teamId))
                        .param("kind", "RUTIN")
                        .param("title", "")
                        .param("date", "2026-12-01")
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("place", "Aula Kantor Imigrasi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("value=\"Aula Kantor Imigrasi\"")));
        perform(form(officer, "/rapat/baru")
                        .param("teamId", String.valueOf(teamId))
                        .param("kind", "RUTIN")
                        .param("title", "Rakor Desember")
                        .param("date", "2026-12-01")
                        .param("startTime", "12:00")
                        .param("endTime", "10:00")
                        .param("place", "Aula"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jam selesai harus setelah jam mulai.")))
                .andExpect(content().string(containsString("value=\"Rakor Desember\"")));
        // An officer may plan only for a team their agency chairs.
        long otherTeam = team("61", outsiderAgency);
        perform(form(officer, "/rapat/baru")
                        .param("teamId", String.valueOf(otherTeam))
                        .param("kind", "RUTIN")
                        .param("title", "Rakor tim lain")
                        .param("date", "2026-12-01")
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("place", "Aula"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih tim aktif yang dipimpin instansi Anda.")));

        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void reportersCannotPlanAndAdminsPlanForAnyTeam() throws Exception {
        mvc.perform(get("/rapat/baru").with(accounts.as(kesbangpolReporter))).andExpect(status().isForbidden());
        perform(form(kesbangpolReporter, "/rapat/baru")
                        .param("teamId", String.valueOf(teamId))
                        .param("kind", "RUTIN")
                        .param("title", "Rakor")
                        .param("date", "2026-12-01")
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("place", "Aula"))
                .andExpect(status().isForbidden());

        long id = plan(admin, "Rakor dijadwalkan admin", "2026-12-02", "09:00", "10:00");
        assertThat(jdbc.queryForObject("select team_id from meeting where id = ?", Long.class, id))
                .isEqualTo(teamId);
    }

    @Test
    void editingThePlanKeepsTheTeamRefusesAStaleVersionAndIsAudited() throws Exception {
        long id = plan(officer, "Rakor Desember", "2026-12-01", "09:00", "11:00");

        perform(form(officer, "/rapat/" + id + "/ubah")
                        .param("teamId", String.valueOf(team("61", outsiderAgency)))
                        .param("kind", "PERSIAPAN_OPERASI")
                        .param("title", "Persiapan operasi gabungan Desember")
                        .param("date", "2026-12-02")
                        .param("startTime", "13:00")
                        .param("endTime", "15:00")
                        .param("place", "Polres Badung")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.queryForMap("select * from meeting where id = ?", id);
        assertThat(row).containsEntry("team_id", teamId).containsEntry("kind", "PERSIAPAN_OPERASI");
        assertThat(((java.sql.Timestamp) row.get("starts_at")).toInstant())
                .isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
        assertThat(auditCount("UPDATE", "MEETING", id)).isEqualTo(1);

        perform(form(officer, "/rapat/" + id + "/ubah")
                        .param("kind", "RUTIN")
                        .param("teamId", String.valueOf(teamId))
                        .param("title", "Versi lama")
                        .param("date", "2026-12-02")
                        .param("startTime", "13:00")
                        .param("endTime", "15:00")
                        .param("place", "Polres Badung")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah diubah oleh pengguna lain")));
        assertThat(jdbc.queryForObject("select title from meeting where id = ?", String.class, id))
                .isEqualTo("Persiapan operasi gabungan Desember");
    }

    @Test
    void attendanceRecordsWhoCameAndShowsTheInvitedAgenciesThatDidNot() throws Exception {
        long id = plan(officer, "Rakor kehadiran", "2026-11-20", "09:00", "11:00");

        perform(form(officer, "/rapat/" + id + "/hadir")
                        .param("name", "I Made Sudarsana")
                        .param("agencyId", String.valueOf(kanim))
                        .param("position", "Kasi Inteldakim"))
                .andExpect(status().is3xxRedirection());
        perform(form(officer, "/rapat/" + id + "/hadir")
                        .param("name", "Ni Luh Putu Ayu")
                        .param("agencyId", String.valueOf(kesbangpol)))
                .andExpect(status().is3xxRedirection());
        perform(form(officer, "/rapat/" + id + "/hadir").param("name", "").param("position", "Kanit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("value=\"Kanit\"")));

        assertThat(jdbc.queryForList(
                        "select name from meeting_attendee where meeting_id = ? order by id", String.class, id))
                .containsExactly("I Made Sudarsana", "Ni Luh Putu Ayu");
        mvc.perform(get("/rapat/" + id).with(accounts.as(kesbangpolReporter)))
                .andExpect(content().string(containsString("Diundang tetapi tidak hadir: " + agencies.nameOf(polres))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where target_type = 'MEETING' and target_id = ?"
                                + " and detail like 'attendance: + %'",
                        Integer.class, String.valueOf(id)))
                .isEqualTo(2);
    }

    @Test
    void holdingAndCancellingAreFinalAndACancellationNeedsAReason() throws Exception {
        long held = plan(officer, "Rakor dilaksanakan", "2026-11-20", "09:00", "11:00");
        long cancelled = plan(officer, "Rakor batal", "2026-11-27", "09:00", "11:00");

        perform(form(officer, "/rapat/" + held + "/status").param("target", "SELESAI"))
                .andExpect(flash().attribute("flashSuccess", "meeting.statusChanged.SELESAI"));
        perform(form(officer, "/rapat/" + held + "/status")
                        .param("target", "DIBATALKAN")
                        .param("reason", "x"))
                .andExpect(flash().attribute("flashError", "meeting.error.transition"));
        perform(form(officer, "/rapat/" + cancelled + "/status").param("target", "DIBATALKAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuliskan alasan pembatalan.")));
        perform(form(officer, "/rapat/" + cancelled + "/status")
                        .param("target", "DIBATALKAN")
                        .param("reason", "Bertepatan dengan hari raya Galungan"))
                .andExpect(flash().attribute("flashSuccess", "meeting.statusChanged.DIBATALKAN"));

        assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, held))
                .isEqualTo("SELESAI");
        assertThat(jdbc.queryForObject("select cancel_reason from meeting where id = ?", String.class, cancelled))
                .isEqualTo("Bertepatan dengan hari raya Galungan");
        assertThat(auditCount("STATUS_CHANGE", "MEETING", held)).isEqualTo(1);
        assertThat(auditCount("STATUS_CHANGE", "MEETING", cancelled)).isEqualTo(1);
        // A cancelled meeting takes no more records.
        perform(form(officer, "/rapat/" + cancelled + "/hadir")
                        .param("name", "Terlambat")
                        .param("agencyId", String.valueOf(kanim)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_attendee where meeting_id = ?", Integer.class, cancelled))
                .isZero();
    }

    @Test
    void minutesAreFormattedButTypedScriptStaysInertAndStaleMinutesAreRefused() throws Exception {
        long id = plan(officer, "Rakor notulen", "2026-11-20", "09:00", "11:00");

        perform(form(officer, "/rapat/" + id + "/notulen")
                        .param(
                                "minutes",
                                "## Pembukaan\n\nRapat dibuka **pukul 09.00**.\n\n"
                                        + "<script>alert('x')</script>\n\n[tautan](javascript:alert(1))\n\n"
                                        + "<img src=x onerror=alert(2)>")
                        .param("decisions", "1. Operasi gabungan di Kuta\n- Laporan mingguan ke Kanim\n\n")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/rapat/" + id).with(accounts.as(kesbangpolReporter)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<h2>Pembukaan</h2>")
                .contains("<strong>pukul 09.00</strong>")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert")
                .doesNotContain("javascript:alert")
                .doesNotContain("<img src=x")
                .contains("<li>Operasi gabungan di Kuta</li>")
                .contains("<li>Laporan mingguan ke Kanim</li>");
        assertThat(auditCount("UPDATE", "MEETING", id)).isEqualTo(1);

        perform(form(officer, "/rapat/" + id + "/notulen")
                        .param("minutes", "versi lama")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah diubah oleh pengguna lain")));
        assertThat(jdbc.queryForObject("select minutes from meeting where id = ?", String.class, id))
                .startsWith("## Pembukaan");

        // The preview renders the same way, for editors only.
        perform(form(officer, "/rapat/" + id + "/notulen/pratinjau").param("minutes", "*penting* <b>x</b>"))
                .andExpect(content().string(containsString("<em>penting</em> &lt;b&gt;x&lt;/b&gt;")));
        perform(form(kesbangpolReporter, "/rapat/" + id + "/notulen/pratinjau").param("minutes", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNextMeetingOfTheTeamShowsThePreviousMeetingsOpenItems() throws Exception {
        long first = plan(officer, "Rakor Oktober", "2026-10-20", "09:00", "11:00");
        addItem(first, kesbangpol, "Pendataan WNA di vila Canggu", "2026-11-10");
        long doneItem = addItem(first, polres, "Patroli gabungan Kuta", "2026-11-05");
        perform(form(officer, "/rapat/tindak-lanjut/" + doneItem + "/selesai").param("note", "Sudah"))
                .andExpect(status().is3xxRedirection());
        long second = plan(officer, "Rakor November", "2026-11-20", "09:00", "11:00");

        String page = mvc.perform(get("/rapat/" + second).with(accounts.as(kesbangpolReporter)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"previousItems\"").contains("Pendataan WNA di vila Canggu");
        assertThat(page).doesNotContain("Patroli gabungan Kuta");
    }

    @Test
    void aTeamPageShowsWhenTheTeamLastMetAndFlagsATeamThatHasNotMetForAMonth() throws Exception {
        ZoneId wita = ZoneId.of("Asia/Makassar");
        String fortyDaysAgo = LocalDate.now(wita).minusDays(40).toString();
        long old = plan(officer, "Rakor lama", fortyDaysAgo, "09:00", "11:00");
        perform(form(officer, "/rapat/" + old + "/status").param("target", "SELESAI"));

        mvc.perform(get("/rapat/tim/" + teamId).with(accounts.as(kesbangpolReporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cadenceWarning\"")))
                .andExpect(content().string(containsString("Tim ini belum rapat selama 40 hari")))
                .andExpect(content().string(containsString("Rakor lama")));
        mvc.perform(get("/rapat/tim/" + teamId).with(accounts.as(outsiderOfficer)))
                .andExpect(status().isNotFound());
        // The administrators' team list shows it too (through agency's TeamMeetingActivity, implemented here).
        String teamName = jdbc.queryForObject("select name from team where id = ?", String.class, teamId);
        mvc.perform(get("/admin/tim").param("q", teamName).with(accounts.as(admin)))
                .andExpect(content().string(containsString("(40 hari lalu)")))
                .andExpect(content().string(containsString("Lebih dari sebulan")));

        long recent =
                plan(officer, "Rakor baru", LocalDate.now(wita).minusDays(3).toString(), "09:00", "11:00");
        perform(form(officer, "/rapat/" + recent + "/status").param("target", "SELESAI"));
        mvc.perform(get("/rapat/tim/" + teamId).with(accounts.as(kesbangpolReporter)))
                .andExpect(content().string(not(containsString("id=\"cadenceWarning\""))))
                .andExpect(content().string(containsString("(3 hari lalu)")));

        long neverMet = team("51", kanim);
        mvc.perform(get("/rapat/tim").with(accounts.as(officer)))
                .andExpect(content().string(containsString("/rapat/tim/" + neverMet)))
                .andExpect(content().string(containsString("Belum pernah rapat.")));
    }
}
