package id.timpora.agency;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The save/cancel and activate/deactivate cards the three admin forms share. */
class AdminFormCardsTest extends IntegrationTest {

    String admin;

    @BeforeEach
    void signIn() {
        admin = accounts.create("ADMIN");
    }

    @Test
    void anAgencyFormSavesCancelsAndDeactivatesAfterAsking() throws Exception {
        long agency = agencies.create("POLRI", "KABUPATEN_KOTA", "61.06");

        mvc.perform(get("/admin/instansi/" + agency).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"saveAgency\""),
                                containsString("href=\"/admin/instansi\""),
                                form("/admin/instansi/" + agency + "/nonaktifkan", "deactivateAgency", true),
                                not(containsString("/admin/instansi/" + agency + "/aktifkan\"")))));
        jdbc.update("update agency set active = false where id = ?", agency);
        mvc.perform(get("/admin/instansi/" + agency).with(accounts.as(admin)))
                .andExpect(content()
                        .string(allOf(
                                form("/admin/instansi/" + agency + "/aktifkan", "activateAgency", false),
                                not(containsString("/nonaktifkan\"")))));
    }

    @Test
    void aTeamFormDeactivatesWithoutAsking() throws Exception {
        long chair = agencies.create("IMIGRASI", "PUSAT");
        long team = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) select 'Tim kartu uji', 'KECAMATAN',"
                        + " code, ? from region where level = 'KECAMATAN' and code not in"
                        + " (select region_code from team where region_code is not null) order by code desc limit 1"
                        + " returning id",
                Long.class,
                chair);

        mvc.perform(get("/admin/tim/" + team).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"saveTeam\""),
                                containsString("href=\"/admin/tim\""),
                                form("/admin/tim/" + team + "/nonaktifkan", "deactivateTeam", false))));
    }

    @Test
    void anAccountFormDeactivatesAfterAskingAndActivatesAgain() throws Exception {
        long id = accounts.idOf(accounts.create("REPORTER", agencies.create("KESBANGPOL", "PROVINSI", "61")));

        mvc.perform(get("/admin/pengguna/" + id).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"saveAccount\""),
                                containsString("href=\"/admin/pengguna\""),
                                form("/admin/pengguna/" + id + "/nonaktifkan", "deactivateAccount", true))));
        jdbc.update("update app_user set enabled = false where id = ?", id);
        mvc.perform(get("/admin/pengguna/" + id).with(accounts.as(admin)))
                .andExpect(content().string(form("/admin/pengguna/" + id + "/aktifkan", "activateAccount", false)));
    }

    /** A POST form to the action, with its CSRF token, whose button has the id and asks first (or not). */
    private static org.hamcrest.Matcher<String> form(String action, String buttonId, boolean confirms) {
        return matchesPattern(Pattern.compile(
                ".*<form action=\"" + Pattern.quote(action) + "\" method=\"post\"[^>]*>"
                        + "(?:(?!</form>).)*name=\"_csrf\""
                        + "(?:(?!</form>).)*<button[^>]*id=\"" + buttonId + "\""
                        + (confirms ? "[^>]*data-confirm=\"[^\"]+\"" : "(?![^>]*data-confirm)")
                        + ".*",
                Pattern.DOTALL));
    }
}
