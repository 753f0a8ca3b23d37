package id.timpora.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A Tim Pora of a kecamatan in Badung, Bali (WITA), chaired by a Kantor Imigrasi, with Kesbangpol and Polres as members;
 * and an agency in Kalimantan Barat that has nothing to do with it. Each test makes its own.
 */
abstract class MeetingTestBase extends IntegrationTest {

    static final String BADUNG = "51.03";
    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Badung (WITA)
    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kapuas Hulu (WIB)
    private static final Pattern MEETING_URL = Pattern.compile("/rapat/(\\d+)");

    long kanim;
    long kesbangpol;
    long polres;
    long outsiderAgency;
    long teamId;
    String officer;
    String kesbangpolReporter;
    String polresOfficer;
    String chairReporter;
    String outsiderReporter;
    String outsiderOfficer;
    String admin;

    @BeforeEach
    void teamAndPeople() {
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", BADUNG);
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", BADUNG);
        polres = agencies.create("POLRI", "KABUPATEN_KOTA", BADUNG);
        outsiderAgency = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        teamId = team("51", kanim, kesbangpol, polres);
        officer = accounts.create("OFFICER", kanim);
        chairReporter = accounts.create("REPORTER", kanim);
        kesbangpolReporter = accounts.create("REPORTER", kesbangpol);
        polresOfficer = accounts.create("OFFICER", polres);
        outsiderReporter = accounts.create("REPORTER", outsiderAgency);
        outsiderOfficer = accounts.create("OFFICER", outsiderAgency);
        admin = accounts.create("ADMIN");
    }

    /** A kecamatan team in the given province that no other test uses yet. */
    long team(String province, long chair, long... members) {
        String district = jdbc.queryForObject(
                "select code from region r where level = 'KECAMATAN' and province_code = ?"
                        + " and not exists (select 1 from team t where t.region_code = r.code) order by code limit 1",
                String.class,
                province);
        Long id = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) values (?, 'KECAMATAN', ?, ?)"
                        + " returning id",
                Long.class,
                "Tim Pora Kecamatan " + district,
                district,
                chair);
        jdbc.update("insert into team_member (team_id, agency_id) values (?, ?)", id, chair);
        for (long member : members) {
            jdbc.update("insert into team_member (team_id, agency_id) values (?, ?)", id, member);
        }
        return id;
    }

    MockHttpServletRequestBuilder form(String user, String path) {
        return post(path).with(accounts.as(user)).with(csrf());
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    /** Plans a meeting of the test team through the form; returns its id. */
    long plan(String user, String title, String date, String start, String end) throws Exception {
        return plan(user, teamId, title, date, start, end);
    }

    long plan(String user, long team, String title, String date, String start, String end) throws Exception {
        String location = mvc.perform(form(user, "/rapat/baru")
                        .param("teamId", String.valueOf(team))
                        .param("kind", "RUTIN")
                        .param("title", title)
                        .param("date", date)
                        .param("startTime", start)
                        .param("endTime", end)
                        .param("place", "Aula Kantor Imigrasi, Jl. Raya Kuta No. 1")
                        .param("agenda", "1. Evaluasi pengawasan\n2. Rencana operasi gabungan"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Matcher matcher = MEETING_URL.matcher(location);
        if (!matcher.find()) {
            throw new IllegalStateException("not redirected to the meeting: " + location);
        }
        return Long.parseLong(matcher.group(1));
    }

    long addItem(long meeting, long agency, String description, String dueDate) throws Exception {
        perform(form(officer, "/rapat/" + meeting + "/tindak-lanjut")
                        .param("description", description)
                        .param("responsibleAgencyId", String.valueOf(agency))
                        .param("dueDate", dueDate))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from meeting_action_item where meeting_id = ?", Long.class, meeting);
    }

    int auditCount(String action, String targetType, Object targetId) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and target_type = ? and target_id = ?",
                Integer.class,
                action,
                targetType,
                String.valueOf(targetId));
    }
}
