package id.timpora.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page of public form sends for administrators investigating abuse (#14 item 7): every send with its client, time
 * and outcome; national administrators see all, a provincial one their province's; officers, reporters, other
 * administrators and visitors never see it.
 */
class SubmissionLogTest extends PublicIntakeTestBase {

    Document page(String user, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/kiriman-publik" + query).with(accounts.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    int status(String user, String url) throws Exception {
        var request = get(url);
        if (user != null) {
            request.with(accounts.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void everySendIsListedWithItsClientAndOutcomeForAdministratorsOnly() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Map<String, String> fields = filledIn(PALA_PULAU);
        assertThat(visitor.send(fields).getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        long id = jdbc.queryForObject(
                "select id from public_report where description = ?", Long.class, fields.get("description"));
        // the same report again: refused; a honeypot: refused
        visitor.send(fields);
        Map<String, String> bot = filledIn(PALA_PULAU);
        bot.put("website", "http://spam.example");
        visitor.send(bot);
        // a client sending past the flood limit is recorded once
        Visitor flood = new Visitor(newClient());
        flood.open();
        for (int i = 0; i < 33; i++) {
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/lapor")
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf())
                            .with(flood.browser())
                            .param("regionCode", PALA_PULAU));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from public_submission where client_key = ? and reason = 'FLOOD'",
                        Long.class,
                        flood.client))
                .isOne();
        assertThat(publicReportsFrom(flood.client)).isZero();

        String national = accounts.create("ADMIN");
        Document all = page(national, "?klien=" + visitor.client);
        assertThat(all.select("#submissionTable tbody tr[data-submission-id]")).hasSize(3);
        assertThat(all.select(".submission-client").eachText()).containsOnly(visitor.client);
        assertThat(all.select(".submission-outcome").eachText()).containsExactly("Ditolak", "Ditolak", "Diterima");
        assertThat(all.select("#submissionTable").text()).contains("#" + id).contains("Kolom jebakan terisi");
        Document limited = page(national, "?klien=" + flood.client + "&hasil=DIBATASI");
        assertThat(limited.select(".submission-outcome").eachText()).containsExactly("Dibatasi");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where target_type = 'PUBLIC_SUBMISSION'", Long.class))
                .isPositive();

        // a provincial administrator of Kalimantan Barat sees it; one of Bali does not
        String kalbar = accounts.create("ADMIN", agencies.create("KESBANGPOL", "PROVINSI", "61"));
        assertThat(page(kalbar, "?klien=" + visitor.client).select("#submissionTable tbody tr[data-submission-id]"))
                .hasSize(3);
        String bali = accounts.create("ADMIN", agencies.create("KESBANGPOL", "PROVINSI", "51"));
        assertThat(page(bali, "?klien=" + visitor.client).select("#submissionTable tbody tr[data-submission-id]"))
                .isEmpty();
        // a kabupaten administrator (no whole province), officers, reporters: not found; visitors: sign in
        String kabupatenAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        assertThat(status(kabupatenAdmin, "/admin/kiriman-publik")).isEqualTo(404);
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        assertThat(status(accounts.create("OFFICER", kanim), "/admin/kiriman-publik"))
                .isIn(403, 404);
        assertThat(status(accounts.create("REPORTER", kanim), "/admin/kiriman-publik"))
                .isIn(403, 404);
        int anonymous = mvc.perform(get("/admin/kiriman-publik"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(anonymous).isEqualTo(302);
    }
}
