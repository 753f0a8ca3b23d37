package id.timpora.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Kapuas Hulu (Kalimantan Barat): a Kesbangpol whose reporter logs reports, the Kantor Imigrasi whose officer reviews
 * them; Badung (Bali) with its own Kanim officer and reporter, who must hear nothing of Kapuas Hulu. Each test makes
 * its own agencies and people.
 */
abstract class NotificationTestBase extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kapuas Hulu
    static final String KAPUAS_HULU = "61.06";
    static final String BADUNG = "51.03";

    long kesbangpol;
    long kanim;
    long kanimBali;
    long kesbangpolBali;
    String reporter;
    String colleague;
    String officer;
    String officerBali;
    String reporterBali;
    String admin;

    @BeforeEach
    void agenciesAndPeople() {
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", KAPUAS_HULU);
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", KAPUAS_HULU);
        kanimBali = agencies.create("IMIGRASI", "KABUPATEN_KOTA", BADUNG);
        kesbangpolBali = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", BADUNG);
        reporter = person("REPORTER", kesbangpol);
        colleague = person("REPORTER", kesbangpol);
        officer = person("OFFICER", kanim);
        officerBali = person("OFFICER", kanimBali);
        reporterBali = person("REPORTER", kesbangpolBali);
        admin = person("ADMIN", null);
    }

    /** An account with a mail address of its own (username@timpora.test). */
    String person(String role, Long agency) {
        String username = accounts.create(role, agency);
        jdbc.update("update app_user set email = ? where username = ?", mailOf(username), username);
        return username;
    }

    static String mailOf(String username) {
        return username + "@timpora.test";
    }

    long submit(String user, String village) throws Exception {
        return submit(user, village, "CN");
    }

    long submit(String user, String village, String nationality) throws Exception {
        MockMultipartHttpServletRequestBuilder form = multipart("/laporan/baru");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", "Li Wei");
        fields.put("nationality", nationality);
        fields.put("sex", "LAKI_LAKI");
        fields.put("birthDate", "1988-04-12");
        fields.put("permitType", "ITAS");
        fields.put("observedDate", "2026-11-01");
        fields.put("observedTime", "14:30");
        fields.put("regionCode", village);
        fields.put("address", "Jl. Lintas Selatan km 12");
        fields.put("placeType", "TEMPAT_KERJA");
        fields.put("activities", "BEKERJA");
        fields.put("source", "PATROLI");
        fields.forEach(form::param);
        String location = mvc.perform(form.with(accounts.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/laporan/(\\d+).*", "$1"));
    }

    ResultActions move(String user, long id, String target) throws Exception {
        int version = jdbc.queryForObject("select version from report where id = ?", Integer.class, id);
        return mvc.perform(post("/laporan/" + id + "/status")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("target", target)
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    ResultActions followUp(String user, long id) throws Exception {
        return mvc.perform(post("/laporan/" + id + "/tindak-lanjut")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("type", "KLARIFIKASI")
                        .param("responsibleAgencyId", String.valueOf(kanim))
                        .param("actionDate", "2026-11-05")
                        .param("outcome", "Dokumen lengkap"))
                .andExpect(status().is3xxRedirection());
    }

    /** The kinds of the user's notifications, newest first, as stored. */
    List<String> kindsOf(String user) {
        return jdbc.queryForList(
                "select kind from notification where recipient_id = ? order by created_at desc, id desc",
                String.class,
                accounts.idOf(user));
    }

    /** The page, which must answer 200, parsed. */
    Document html(String user, String path) throws Exception {
        return Jsoup.parse(page(user, path)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    ResultActions page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(accounts.as(user)));
    }
}
