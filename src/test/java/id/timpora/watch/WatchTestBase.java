package id.timpora.watch;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accounts of two provinces and the helpers the watch-period tests share. */
abstract class WatchTestBase extends IntegrationTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String KAPUAS_HULU = "61.06";
    static final String PONTIANAK = "61.71";
    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kapuas Hulu
    static final String OTHER_KECAMATAN_DESA = "61.06.04.2005"; // another kecamatan of Kapuas Hulu
    static final String PONTIANAK_DESA = "61.71.01.1002";
    static final String BADUNG_DESA = "51.03.01.1001"; // Bali
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** An Imigrasi officer of the whole province of Kalimantan Barat. */
    String kalbarOfficer() {
        return accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "61"));
    }

    String kapuasHuluReporter() {
        return accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", KAPUAS_HULU));
    }

    String baliOfficer() {
        return accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
    }

    static String unique(String name) {
        return name + " " + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
    }

    static Instant wib(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant();
    }

    /** Defines the Pilkada 2024 watch over Kapuas Hulu and Pontianak through the form; returns its id. */
    long definePilkada(String officer, String name) throws Exception {
        MvcResult result = mvc.perform(pilkadaForm(officer, name)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/pengawasan-khusus/")) {
            throw new AssertionError("not saved: " + result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        return Long.parseLong(location.substring("/pengawasan-khusus/".length()));
    }

    MockHttpServletRequestBuilder pilkadaForm(String officer, String name) {
        return post("/pengawasan-khusus/baru")
                .with(accounts.as(officer))
                .with(csrf())
                .param("name", name)
                .param("startsOn", "20/11/2024")
                .param("endsOn", "30/11/2024")
                .param("regionCodes", KAPUAS_HULU, PONTIANAK)
                .param("activities", "POLITIK_KAMPANYE", "JURNALISTIK")
                .param("indications", "PEMILU")
                .param("sources", "MEDIA_SOSIAL");
    }

    int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        if (user != null) {
            request.with(accounts.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    Document page(String user, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(accounts.as(user))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(url + " answered " + result.getResponse().getStatus());
        }
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
