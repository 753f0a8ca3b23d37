package id.timpora.agency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin lists' searches take the typed text literally: {@code %} and {@code _} are not LIKE wildcards there, so
 * searching for them finds only names that hold them, not everything.
 */
class AdminSearchTest extends IntegrationTest {

    String admin;
    String token;

    @BeforeEach
    void setUp() {
        admin = accounts.create("ADMIN");
        token = String.valueOf(System.nanoTime() % 1_000_000_000L);
    }

    @Test
    void anAgencySearchForUnderscoreOrPercentMatchesOnlyThoseCharacters() throws Exception {
        String underscore = agency("Instansi cari_" + token);
        String lookalike = agency("Instansi cariX" + token);
        String percent = agency("Instansi 50%" + token);
        String notPercent = agency("Instansi 50 persen " + token);

        mvc.perform(get("/admin/instansi").param("q", "cari_" + token).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(underscore)))
                .andExpect(content().string(not(containsString(lookalike))));
        mvc.perform(get("/admin/instansi").param("q", "50%" + token).with(accounts.as(admin)))
                .andExpect(content().string(containsString(percent)))
                .andExpect(content().string(not(containsString(notPercent))));
    }

    @Test
    void aTeamSearchForUnderscoreMatchesOnlyAnUnderscore() throws Exception {
        long chair = agencies.create("IMIGRASI", "PUSAT");
        List<String> districts = jdbc.queryForList(
                "select code from region where level = 'KECAMATAN' and code not in"
                        + " (select region_code from team where region_code is not null) order by code desc limit 2",
                String.class);
        String underscore = team("Tim cari_" + token, districts.get(0), chair);
        String lookalike = team("Tim cariX" + token, districts.get(1), chair);

        mvc.perform(get("/admin/tim").param("q", "cari_" + token).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(underscore)))
                .andExpect(content().string(not(containsString(lookalike))));
    }

    @Test
    void anAccountSearchForUnderscoreOrPercentMatchesOnlyThoseCharacters() throws Exception {
        String underscore = account("Pengguna cari_" + token);
        String lookalike = account("Pengguna cariX" + token);
        String percent = account("Pengguna 50%" + token);
        String notPercent = account("Pengguna 50 persen " + token);

        mvc.perform(get("/admin/pengguna").param("q", "cari_" + token).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(underscore)))
                .andExpect(content().string(not(containsString(lookalike))));
        mvc.perform(get("/admin/pengguna").param("q", "50%" + token).with(accounts.as(admin)))
                .andExpect(content().string(containsString(percent)))
                .andExpect(content().string(not(containsString(notPercent))));
    }

    private String agency(String name) {
        jdbc.update("insert into agency (name, type, level) values (?, 'LAINNYA', 'PUSAT')", name);
        return name;
    }

    private String team(String name, String district, long chair) {
        jdbc.update(
                "insert into team (name, level, region_code, chair_agency_id) values (?, 'KECAMATAN', ?, ?)",
                name,
                district,
                chair);
        return name;
    }

    private String account(String displayName) {
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, role, must_change_password)"
                        + " values (?, ?, ?, 'REPORTER', false)",
                "cari-" + System.nanoTime(),
                displayName,
                accounts.encoder().encode(TestAccounts.PASSWORD));
        return displayName;
    }
}
