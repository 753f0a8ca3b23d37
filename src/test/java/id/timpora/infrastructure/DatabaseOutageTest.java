package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.TimporaApplication;
import id.timpora.infrastructure.persistence.EmbeddedDatabase;
import id.timpora.support.HttpTestClient;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The database stopped and started again under the running application, through the real servlet container: a clear
 * 503 page meanwhile, readiness DOWN, a form sent during the outage kept and sent again afterwards, recovery by
 * itself within seconds, nothing committed lost; then a graceful shutdown that lets a request in flight finish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    private static final String PASSWORD = "rahasia-uji-coba-123";
    private static final String VILLAGE = "61.06.01.2004";

    @TempDir
    static Path data;

    static int databasePort;
    static EmbeddedDatabase database;
    static ConfigurableApplicationContext app;
    static int port;
    static String reporter;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = EmbeddedDatabase.start(data, databasePort);
        app = new SpringApplicationBuilder(TimporaApplication.class, SlowPage.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--spring.lifecycle.timeout-per-shutdown-phase=10s");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long agency = jdbc.queryForObject(
                "insert into agency (name, type, level) values ('Kesbangpol Kapuas Hulu', 'KESBANGPOL',"
                        + " 'KABUPATEN_KOTA') returning id",
                Long.class);
        jdbc.update("insert into agency_region (agency_id, region_code) values (?, '61.06')", agency);
        reporter = "pelapor-gangguan";
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, role, agency_id, must_change_password)"
                        + " values (?, 'Pelapor Uji', ?, 'REPORTER', ?, false)",
                reporter,
                app.getBean(PasswordEncoder.class).encode(PASSWORD),
                agency);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theAppAnswersClearlyDuringAnOutageAndRecoversByItselfWithNothingLost() throws Exception {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.signIn(reporter, PASSWORD)).endsWith("/");
        long before = submitReport(browser, "Sebelum gangguan");

        String token = HttpTestClient.csrfToken(browser.get("/laporan/baru").body());
        database.close();

        HttpResponse<String> page = browser.get("/laporan");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Layanan sementara tidak tersedia", "Coba lagi");
        assertNoInternals(page.body());
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(browser.get("/css/timpora.css").statusCode())
                .as("styles of the 503 page")
                .isEqualTo(200);
        assertThat(anonymous("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(anonymous("/actuator/health/readiness").body()).contains("DOWN");
        assertThat(anonymous("/actuator/health").statusCode()).isEqualTo(503);
        assertThat(anonymous("/actuator/health/liveness").statusCode())
                .as("the process itself is fine: no restart wanted")
                .isEqualTo(200);

        HttpResponse<String> sent = browser.postForm("/laporan/baru", report(token, "Dikirim saat basis data mati"));
        assertThat(sent.statusCode()).isEqualTo(503);
        assertNoInternals(sent.body());
        Document kept = Jsoup.parse(sent.body());
        assertThat(kept.select("#replay").text())
                .contains("Isian Anda belum tersimpan", "Dikirim saat basis data mati");
        Element form = kept.selectFirst("#replay form");
        assertThat(form.attr("action")).isEqualTo("/laporan/baru");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(token);
        assertThat(form.select("input[name=activities]").eachAttr("value")).containsExactly("BEKERJA", "BISNIS");

        long down = System.nanoTime();
        database = EmbeddedDatabase.start(data, databasePort);
        HttpResponse<String> back = browser.get("/laporan");
        while (back.statusCode() != 200
                && System.nanoTime() - down < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(250);
            back = browser.get("/laporan");
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - down);
        assertThat(back.statusCode()).as("serving again, same session").isEqualTo(200);
        assertThat(recovery).as("recovered by itself").isLessThan(Duration.ofSeconds(15));
        assertThat(anonymous("/actuator/health/readiness").statusCode()).isEqualTo(200);

        List<Map.Entry<String, String>> again = new ArrayList<>();
        for (Element input : form.select("input[type=hidden]")) {
            again.add(Map.entry(input.attr("name"), input.val()));
        }
        HttpResponse<String> saved = browser.postForm(form.attr("action"), again);
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/laporan/\\d+");

        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select narrative from report where id = ?", String.class, before))
                .isEqualTo("Sebelum gangguan");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where narrative = 'Dikirim saat basis data mati'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void aGracefulShutdownLetsTheRequestInFlightFinish() throws Exception {
        HttpTestClient browser = new HttpTestClient(port);
        browser.signIn(reporter, PASSWORD);
        CompletableFuture<HttpResponse<String>> slow =
                CompletableFuture.supplyAsync(() -> uncheckedGet(browser, "/uji/lambat"));
        Thread.sleep(700);

        long closing = System.nanoTime();
        app.close();
        assertThat(Duration.ofNanos(System.nanoTime() - closing))
                .as("waited for the request")
                .isGreaterThan(Duration.ofMillis(1000));
        HttpResponse<String> finished = slow.get();
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("selesai");
        app = null;
    }

    private static long submitReport(HttpTestClient browser, String narrative) throws Exception {
        String token = HttpTestClient.csrfToken(browser.get("/laporan/baru").body());
        HttpResponse<String> response = browser.postForm("/laporan/baru", report(token, narrative));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<Map.Entry<String, String>> report(String token, String narrative) {
        return List.of(
                Map.entry("_csrf", token),
                Map.entry("fullName", "Li Wei"),
                Map.entry("nationality", "CN"),
                Map.entry("sex", "LAKI_LAKI"),
                Map.entry("permitType", "ITAS"),
                Map.entry("observedDate", "2026-11-01"),
                Map.entry("observedTime", "14:30"),
                Map.entry("regionCode", VILLAGE),
                Map.entry("placeType", "TEMPAT_KERJA"),
                Map.entry("activities", "BEKERJA"),
                Map.entry("activities", "BISNIS"),
                Map.entry("source", "PATROLI"),
                Map.entry("narrative", narrative));
    }

    private static HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> uncheckedGet(HttpTestClient browser, String path) {
        try {
            return browser.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at id.timpora", "SQL", "Hikari", "PSQL");
    }

    /** A page that takes a while, to have a request in flight when the application is stopped. */
    @Controller
    static class SlowPage {
        @GetMapping("/uji/lambat")
        @ResponseBody
        String slow() throws InterruptedException {
            Thread.sleep(2000);
            return "selesai";
        }
    }
}
