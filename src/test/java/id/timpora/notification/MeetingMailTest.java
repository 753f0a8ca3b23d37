package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Meeting invitations, changes and cancellations reach the invited agencies' people with a calendar file a real
 * iCalendar parser reads (METHOD:REQUEST / CANCEL, SEQUENCE raised by each change); action items reach the responsible
 * agency; nobody else hears of them.
 */
class MeetingMailTest extends MailTestBase {

    long teamId;
    long polres;
    String polresOfficer;
    String outsider;

    @BeforeEach
    void team() {
        polres = agencies.create("POLRI", "KABUPATEN_KOTA", KAPUAS_HULU);
        polresOfficer = person("OFFICER", polres);
        outsider = person("REPORTER", kesbangpolBali);
        String district = jdbc.queryForObject(
                "select code from region r where level = 'KECAMATAN' and province_code = '61'"
                        + " and not exists (select 1 from team t where t.region_code = r.code) order by code limit 1",
                String.class);
        teamId = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) values (?, 'KECAMATAN', ?, ?)"
                        + " returning id",
                Long.class,
                "Tim Pora Kecamatan " + district,
                district,
                kanim);
        for (long member : new long[] {kanim, kesbangpol, polres}) {
            jdbc.update("insert into team_member (team_id, agency_id) values (?, ?)", teamId, member);
        }
    }

    @Test
    void invitationChangeAndCancellationCarryTheCalendarFileWithARisingSequence() throws Exception {
        long meeting = plan(null);
        sender.sendDue();

        // the invited agencies' people, not the officer who planned it, nobody outside
        assertThat(receivedBy(reporter)).hasSize(1);
        assertThat(receivedBy(colleague)).hasSize(1);
        assertThat(receivedBy(polresOfficer)).hasSize(1);
        assertThat(receivedBy(officer)).isEmpty();
        assertThat(receivedBy(outsider)).isEmpty();
        assertThat(receivedBy(officerBali)).isEmpty();
        MimeMessage invitation = receivedBy(reporter).get(0);
        assertThat(invitation.getSubject()).isEqualTo("[TIMPORA] Instansi Anda diundang ke rapat \"Rakor Desember\".");
        assertThat(contentTypes(invitation))
                .anyMatch(type -> type.toLowerCase().startsWith("text/calendar")
                        && type.toLowerCase().contains("method=request"));
        VEvent invited = event(invitation, "REQUEST");
        assertThat(invited.getSequence().getSequenceNo()).isZero();
        assertThat(invited.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(invited.getUid().orElseThrow().getValue()).isEqualTo("rapat-" + meeting + "@timpora");
        assertThat(invited.getProperty("ORGANIZER")).isPresent();
        // addressed to its invitee: the one ATTENDEE is the recipient
        List<Property> attendees = invited.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:" + mailOf(reporter));
        List<Property> polresAttendees =
                event(receivedBy(polresOfficer).get(0), "REQUEST").getProperties("ATTENDEE");
        assertThat(polresAttendees).extracting(Property::getValue).containsExactly("mailto:" + mailOf(polresOfficer));

        // a change without Polres: the others get the update, Polres a cancellation
        mvc.perform(form("/rapat/" + meeting + "/ubah", "Rakor Desember (diundur)", "2026-12-03", "0")
                        .param("invitedAgencyIds", String.valueOf(kanim), String.valueOf(kesbangpol)))
                .andExpect(status().is3xxRedirection());
        sender.sendDue();
        assertThat(receivedBy(reporter)).hasSize(2);
        VEvent changed = event(receivedBy(reporter).get(1), "REQUEST");
        assertThat(changed.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(changed.getSummary().getValue()).isEqualTo("Rakor Desember (diundur)");
        assertThat(changed.getUid().orElseThrow().getValue()).isEqualTo("rapat-" + meeting + "@timpora");
        assertThat(receivedBy(polresOfficer)).hasSize(2);
        VEvent uninvited = event(receivedBy(polresOfficer).get(1), "CANCEL");
        assertThat(uninvited.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(uninvited.getSequence().getSequenceNo()).isEqualTo(1);

        mvc.perform(post("/rapat/" + meeting + "/status")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("target", "DIBATALKAN")
                        .param("reason", "Ditunda"))
                .andExpect(status().is3xxRedirection());
        sender.sendDue();
        assertThat(receivedBy(reporter)).hasSize(3);
        MimeMessage cancellation = receivedBy(reporter).get(2);
        assertThat(cancellation.getSubject()).contains("dibatalkan");
        VEvent cancelled = event(cancellation, "CANCEL");
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(receivedBy(polresOfficer))
                .as("no longer invited: nothing more")
                .hasSize(2);
        assertThat(receivedBy(outsider)).isEmpty();

        // in the app: the invitation, the change, the cancellation; Polres' notification of a meeting it no longer
        // sees is not shown
        assertThat(kindsOf(reporter)).containsExactly("MEETING_CANCELLED", "MEETING_CHANGED", "MEETING_INVITED");
        assertThat(page(polresOfficer, "/notifikasi").andReturn().getResponse().getContentAsString())
                .doesNotContain("Rakor Desember");
    }

    @Test
    void anActionItemReachesTheResponsibleAgencyOnly() throws Exception {
        long meeting = plan(null);
        sender.sendDue();
        smtpClear();

        mvc.perform(post("/rapat/" + meeting + "/tindak-lanjut")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("description", "Mendata TKA di kebun sawit")
                        .param("responsibleAgencyId", String.valueOf(polres))
                        .param("dueDate", "2026-12-20"))
                .andExpect(status().is3xxRedirection());
        sender.sendDue();

        assertThat(receivedBy(polresOfficer)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .contains("Rakor Desember")
                .contains("Mendata TKA di kebun sawit"));
        assertThat(received()).hasSize(1);
        assertThat(kindsOf(polresOfficer)).first().isEqualTo("ACTION_ITEM");
        assertThat(kindsOf(reporter)).doesNotContain("ACTION_ITEM");
    }

    private void smtpClear() throws Exception {
        emptyOutboxAndMailboxes();
    }

    private long plan(String invited) throws Exception {
        String location = mvc.perform(form("/rapat/baru", "Rakor Desember", "2026-12-01", null))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/rapat/(\\d+).*", "$1"));
    }

    private MockHttpServletRequestBuilder form(String path, String title, String date, String version) {
        MockHttpServletRequestBuilder form = post(path)
                .with(accounts.as(officer))
                .with(csrf())
                .param("teamId", String.valueOf(teamId))
                .param("kind", "RUTIN")
                .param("title", title)
                .param("date", date)
                .param("startTime", "09:00")
                .param("endTime", "11:00")
                .param("place", "Aula Kantor Imigrasi Putussibau")
                .param("agenda", "1. Evaluasi pengawasan");
        return version == null ? form : form.param("version", version);
    }

    private static VEvent event(MimeMessage mail, String method) throws Exception {
        Map<String, String> parts = parts(mail);
        String ics = parts.get("text/calendar");
        assertThat(ics).isNotNull().contains("METHOD:" + method + "\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
