package timpora;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many real users at once (bench/load.sh): each virtual user signs in with its own session as one of the demo accounts
 * and works for the whole run with think time between pages — lists, filters, searches, report pages (with the subject
 * panel htmx loads), the dashboard, the registry, new reports with a photo (reporters) and status changes (officers).
 * Every answer must be a 200 after redirects; anything else counts as an error.
 *
 * <p>System properties: {@code baseUrl}, {@code users} (200), {@code duration} seconds (300), {@code ramp} seconds
 * (60), {@code thinkMin}/{@code thinkMax} seconds (2/8), {@code accounts} (the feeder file, written by the script).
 */
public class TimporaSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");
    static final int USERS = Integer.getInteger("users", 200);
    static final int DURATION = Integer.getInteger("duration", 300);
    static final int RAMP = Integer.getInteger("ramp", 60);
    static final int THINK_MIN = Integer.getInteger("thinkMin", 2);
    static final int THINK_MAX = Integer.getInteger("thinkMax", 8);
    static final String PASSWORD = System.getProperty("password", "Demo-TIMPORA-2026");
    static final String ACCOUNTS = System.getProperty("accounts", "../../target/bench/load-accounts.csv");

    static final List<String> FILTERS = List.of(
            "/laporan?status=TERVERIFIKASI&nationality=CN",
            "/laporan?activity=BEKERJA",
            "/laporan?indication=OVERSTAY&permit=ITAS",
            "/laporan?from=2026-01-01&to=2026-03-31&source=APOA",
            "/laporan?nationality=AU&status=BARU",
            "/laporan?sort=name");
    static final List<String> SEARCHES = List.of("Rizwan", "sawit", "Tan%20Wei", "Hotel%20Melati", "P0001", "Smith");

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("id-ID,id;q=0.9")
            .userAgentHeader("TIMPORA load test (Gatling)")
            .disableCaching();

    static ChainBuilder think() {
        return pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));
    }

    static final ChainBuilder signIn = exec(http("sign-in page")
                    .get("/login")
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("sign in")
                    .post("/login")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200))
                    .check(currentLocationRegex(".*/login.*").notExists()));

    static final ChainBuilder list = exec(http("list")
            .get("/laporan")
            .check(regex("href=\"/laporan/(\\d+)\"").findRandom().optional().saveAs("reportId")));

    static final ChainBuilder filtered = exec(session -> session.set("filter", pick(FILTERS)))
            .exec(http("filtered list").get("#{filter}"));

    static final ChainBuilder search = exec(session -> session.set("q", pick(SEARCHES)))
            .exec(http("search").get("/laporan?q=#{q}"));

    static final ChainBuilder detail = doIfOrElse(session -> session.contains("reportId"))
            .then(exec(http("detail").get("/laporan/#{reportId}"))
                    .exec(http("detail subject panel").get("/orang-asing/laporan/#{reportId}/panel")))
            .orElse(list);

    static final ChainBuilder dashboard = exec(http("dashboard").get("/"));

    static final ChainBuilder subject = exec(http("subject list")
                    .get("/orang-asing")
                    .check(regex("href=\"/orang-asing/(\\d+)\"").findRandom().optional().saveAs("subjectId")))
            .doIf(session -> session.contains("subjectId"))
            .then(think().exec(http("subject page").get("/orang-asing/#{subjectId}")));

    static final ChainBuilder newReport = exec(http("new report form")
                    .get("/laporan/baru")
                    .check(css("form#reportForm input[name=_csrf], input[name=_csrf]", "value").saveAs("csrf"))
                    .check(css("input[name=observedDate]", "value").saveAs("observedDate"))
                    .check(css("input[name=observedTime]", "value").saveAs("observedTime")))
            .pause(Duration.ofSeconds(20), Duration.ofSeconds(60)) // typing the form
            .exec(session -> session.set("name", "Uji Beban " + ThreadLocalRandom.current().nextInt(1_000_000)))
            .exec(http("new report with photo")
                    .post("/laporan/baru")
                    .asMultipartForm()
                    .formParam("_csrf", "#{csrf}")
                    .formParam("fullName", "#{name}")
                    .formParam("nationality", "MY")
                    .formParam("sex", "LAKI_LAKI")
                    .formParam("permitType", "TIDAK_DIKETAHUI")
                    .formParam("observedDate", "#{observedDate}")
                    .formParam("observedTime", "#{observedTime}")
                    .formParam("regionCode", "#{village}")
                    .formParam("address", "Jalan uji beban")
                    .formParam("placeType", "PENGINAPAN")
                    .formParam("activities", "WISATA")
                    .formParam("source", "PATROLI")
                    .formParam("narrative", "Laporan dari uji beban.")
                    .bodyPart(RawFileBodyPart("attachments", "foto.jpg")
                            .contentType("image/jpeg")
                            .fileName("foto.jpg"))
                    .check(status().is(200))
                    .check(currentLocationRegex(".*/laporan/\\d+$").exists()));

    static final ChainBuilder statusChange = exec(http("queue")
                    .get("/laporan?status=BARU")
                    .check(regex("href=\"/laporan/(\\d+)\"").findRandom().optional().saveAs("queuedId")))
            .doIf(session -> session.contains("queuedId"))
            .then(think().exec(http("queued report")
                            .get("/laporan/#{queuedId}")
                            .check(css("form[action$='/status'] input[name=_csrf]", "value")
                                    .optional()
                                    .saveAs("csrf"))
                            .check(css("form[action$='/status'] input[name=version]", "value")
                                    .optional()
                                    .saveAs("version")))
                    .doIf(session -> session.contains("version"))
                    .then(think().exec(http("status change")
                            .post("/laporan/#{queuedId}/status")
                            .formParam("_csrf", "#{csrf}")
                            .formParam("version", "#{version}")
                            .formParam("target", "DITELAAH")
                            .check(status().is(200))))
                    .exec(session -> session.remove("version")));

    static final ChainBuilder work = randomSwitch()
            .on(
                    percent(24.0).then(list),
                    percent(14.0).then(filtered),
                    percent(10.0).then(search),
                    percent(22.0).then(detail),
                    percent(12.0).then(dashboard),
                    percent(10.0).then(subject),
                    percent(4.0)
                            .then(doIfEqualsOrElse("#{role}", "REPORTER")
                                    .then(newReport)
                                    .orElse(list)),
                    percent(4.0)
                            .then(doIfEqualsOrElse("#{role}", "OFFICER")
                                    .then(statusChange)
                                    .orElse(detail)));

    ScenarioBuilder users = scenario("TIMPORA users")
            .feed(csv(ACCOUNTS).circular())
            .exec(signIn)
            .exec(dashboard)
            // Every user works for the run and the ramp: all of them are signed in at once for DURATION seconds.
            .during(Duration.ofSeconds(DURATION + RAMP))
            .on(think().exec(work));

    {
        setUp(users.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(DURATION + 2L * RAMP + 120))
                .assertions(global().failedRequests().count().is(0L));
    }

    static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
