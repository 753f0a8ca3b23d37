package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.account.CurrentUser;
import id.timpora.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard, map data and periodic PDF as users get them: what each role may open, what a jurisdiction lets them
 * see, and that page and PDF show the same figures. Reports of this test lie in Gorontalo (75, WITA).
 */
class DashboardPagesTest extends IntegrationTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final String KOTA_GORONTALO = "75.71.01.1001";
    static final String KABUPATEN_GORONTALO = "75.01.01.1001";
    static final String FROM = "2025-06-01";
    static final String TO = "2025-06-30";

    @Autowired
    DashboardQueries queries;

    @Autowired
    DashboardAreas areas;

    @Autowired
    UserDetailsService users;

    String provinceOfficer;
    String kotaOfficer;
    String kotaReporter;

    @BeforeEach
    void reportsInGorontalo() {
        provinceOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "75"));
        long kota = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "75.71");
        kotaOfficer = accounts.create("OFFICER", kota);
        kotaReporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "75.71"));
        String reporter = accounts.create("REPORTER", kota);
        List<String> statuses = List.of("BARU", "BARU", "DITELAAH", "TERVERIFIKASI", "TINDAK_LANJUT", "SELESAI");
        for (int i = 0; i < 18; i++) {
            Instant seen =
                    LocalDate.of(2025, 6, 1 + i).atTime(9, 0).atZone(WITA).toInstant();
            reports.by(reporter, i % 3 == 0 ? KABUPATEN_GORONTALO : KOTA_GORONTALO)
                    .set("status", statuses.get(i % statuses.size()))
                    .set("nationality", i % 2 == 0 ? "CN" : "AU")
                    .set("activities", new String[] {i % 2 == 0 ? "BEKERJA" : "WISATA"})
                    .set("observed_at", seen)
                    .insert();
        }
    }

    @Test
    void anOfficersDashboardShowsTheFiguresOfTheJurisdictionAndRegion() throws Exception {
        Document page = page(provinceOfficer, "/?periode=kustom&from=" + FROM + "&to=" + TO);
        DashboardFigures figures = figuresOf(provinceOfficer, null);

        assertThat(page.select("h1").text()).isEqualTo("Dasbor pengawasan");
        assertThat(page.select("#dashboardArea").text()).isEqualTo("Provinsi Gorontalo");
        assertThat(page.select("#dashboardPeriod").text()).isEqualTo("1 Jun 2025 sampai 30 Jun 2025");
        assertThat(figures.total()).isGreaterThanOrEqualTo(18);
        assertThat(kpi(page, "kpiTotal")).isEqualTo(String.valueOf(figures.total()));
        assertThat(kpi(page, "kpiWaiting")).isEqualTo(String.valueOf(figures.waitingForReview()));
        assertThat(kpi(page, "kpiFollowUps")).isEqualTo(String.valueOf(figures.openFollowUps()));
        assertThat(kpi(page, "kpiOverstay")).isEqualTo(String.valueOf(figures.overstaySubjects()));
        // Waiting for review stands out for officers, and links to the list of new reports.
        assertThat(page.select("#kpiWaiting").hasClass("kpi-prominent")).isTrue();
        assertThat(page.select("#kpiWaiting").attr("href")).isEqualTo("/laporan?status=BARU");
        assertThat(page.select("#dashboardReports").attr("href")).isEqualTo("/laporan?from=" + FROM + "&to=" + TO);
        // Every chart has its table: the status table holds the counts.
        assertThat(page.select("#chart-status tbody tr")).hasSize(6);
        for (Tally status : figures.statuses()) {
            assertThat(page.select("#chart-status tr[data-code=" + status.code() + "]")
                            .attr("data-value"))
                    .isEqualTo(String.valueOf(status.count()));
        }
        assertThat(page.select("#chart-nationality tr[data-code=CN] a").text()).isEqualTo("Tiongkok");
        // The drill-down: the kabupaten/kota of the province with their counts, each opening its own dashboard.
        assertThat(page.select("#breakdownTable tr[data-region=75.71] th a").attr("href"))
                .isEqualTo("/?periode=kustom&from=" + FROM + "&to=" + TO + "&wilayah=75.71");
        assertThat(page.select("#breakdownTable tr[data-region=75.71] td").text())
                .isEqualTo(String.valueOf(figuresOf(provinceOfficer, "75.71").total()));
        assertThat(page.select("#dashboardMap").attr("data-source"))
                .isEqualTo("/peta/data?periode=kustom&from=" + FROM + "&to=" + TO);

        Document kota = page(provinceOfficer, "/?periode=kustom&from=" + FROM + "&to=" + TO + "&wilayah=75.71");
        assertThat(kota.select("#dashboardArea").text()).isEqualTo("Kota Gorontalo");
        assertThat(kota.select("#dashboardBreadcrumb li").eachText())
                .containsExactly("Seluruh wilayah kerja", "Provinsi Gorontalo", "Kota Gorontalo");
        assertThat(kpi(kota, "kpiTotal"))
                .isEqualTo(String.valueOf(figuresOf(provinceOfficer, "75.71").total()));
        assertThat(kota.select("#dashboardReports").attr("href"))
                .isEqualTo("/laporan?wilayah=75.71&from=" + FROM + "&to=" + TO);
    }

    @Test
    void aReportersDashboardHasTheSameFiguresWithoutTheOfficersEmphasis() throws Exception {
        Document page = page(kotaReporter, "/?periode=kustom&from=" + FROM + "&to=" + TO);
        assertThat(kpi(page, "kpiTotal"))
                .isEqualTo(String.valueOf(figuresOf(kotaReporter, null).total()));
        assertThat(page.select("#kpiWaiting").hasClass("kpi-prominent")).isFalse();
        assertThat(page.select("#welcome").text()).startsWith("Selamat datang, Uji ");
    }

    @Test
    void theEnglishDashboardSpeaksEnglish() throws Exception {
        Document page = page(kotaOfficer, "/?lang=en&periode=90");
        assertThat(page.select("h1").text()).isEqualTo("Oversight dashboard");
        assertThat(page.select("#kpiWaiting .kpi-label").text()).isEqualTo("Waiting for review");
    }

    @Test
    void regionsOutsideTheJurisdictionAreNotFoundOnEveryRoute() throws Exception {
        String otherAgency = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "74"));
        for (String path : List.of("/", "/peta/data", "/laporan-pengawasan.pdf")) {
            for (String region : List.of("75.01", "74", "75.01.01", "99.99", "75.71.01.1001")) {
                mvc.perform(get(path).param("wilayah", region).with(accounts.as(kotaOfficer)))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get(path).param("wilayah", "75").with(accounts.as(otherAgency)))
                    .andExpect(status().isNotFound());
            // Their own kabupaten/kota, and the province it lies in (counted for the kota alone), are fine.
            mvc.perform(get(path).param("wilayah", "75.71").with(accounts.as(kotaOfficer)))
                    .andExpect(status().isOk());
            mvc.perform(get(path).param("wilayah", "75").with(accounts.as(kotaOfficer)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void administratorsGetTheirStartingPointsAndNoFigures() throws Exception {
        String admin = accounts.create("ADMIN");
        Document page = page(admin, "/");
        assertThat(page.select("a[href=/admin/audit]")).isNotEmpty();
        assertThat(page.select("#kpiTotal")).isEmpty();
        mvc.perform(get("/peta/data").with(accounts.as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/peta/provinsi.geojson").with(accounts.as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/laporan-pengawasan.pdf").with(accounts.as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/peta/data")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAgencyWithoutJurisdictionSeesANoticeAndNoCounts() throws Exception {
        String nowhere = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA"));
        Document page = page(nowhere, "/");
        assertThat(page.select("#noJurisdiction").text()).contains("belum memiliki wilayah kerja");
        assertThat(kpi(page, "kpiTotal")).isEqualTo("0");
    }

    @Test
    void aCustomPeriodWithBadDatesKeepsWhatWasTypedWithAMessageBesideIt() throws Exception {
        Document malformed = page(kotaOfficer, "/?periode=kustom&from=2025-13-01&to=");
        assertThat(malformed.select("#from").val()).isEqualTo("2025-13-01");
        assertThat(malformed.select("#from").hasClass("is-invalid")).isTrue();
        assertThat(malformed.select("#from-error").text())
                .isEqualTo("Tanggal tidak dikenali. Tulis hh/bb/tttt, misalnya 17/08/2026.");
        assertThat(malformed.select("#to-error").text()).isEqualTo("Isi tanggal akhir.");
        // the figures fall back to the default period, and say so
        assertThat(malformed.select("#dashboardPeriod").text()).doesNotContain("2025");

        Document reversed = page(kotaOfficer, "/?periode=kustom&from=2025-03-01&to=2025-02-01");
        assertThat(reversed.select("#to-error").text()).isEqualTo("Tanggal akhir tidak boleh sebelum tanggal awal.");
        assertThat(reversed.select("#from").val()).isEqualTo("2025-03-01");
        assertThat(reversed.select("#from-error")).isEmpty();

        mvc.perform(get("/peta/data?periode=kustom&from=x").with(accounts.as(kotaOfficer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theMapDataCountsEachAreaOfTheJurisdiction() throws Exception {
        JsonNode national = json(
                accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT")),
                "/peta/data?periode=kustom&from=" + FROM + "&to=" + TO);
        assertThat(national.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(national.get("areas")).hasSize(38);
        assertThat(national.get("geometry").asString()).startsWith("/peta/provinsi.geojson?v=");

        JsonNode kota = json(kotaOfficer, "/peta/data?periode=kustom&from=" + FROM + "&to=" + TO);
        assertThat(kota.get("level").asString()).isEqualTo("REGENCY");
        assertThat(kota.get("province").asString()).isEqualTo("75");
        assertThat(kota.get("geometry").asString()).startsWith("/peta/kabupaten/75.geojson?v=");
        assertThat(kota.get("areas")).hasSize(1);
        JsonNode area = kota.get("areas").get(0);
        assertThat(area.get("code").asString()).isEqualTo("75.71");
        assertThat(area.get("count").asLong())
                .isEqualTo(figuresOf(kotaOfficer, null).total());
        assertThat(area.get("dashboard").asString())
                .isEqualTo("/?periode=kustom&from=" + FROM + "&to=" + TO + "&wilayah=75.71");
        assertThat(area.get("reports").asString()).isEqualTo("/laporan?wilayah=75.71&from=" + FROM + "&to=" + TO);

        JsonNode province = json(provinceOfficer, "/peta/data?periode=kustom&from=" + FROM + "&to=" + TO);
        assertThat(province.get("areas")).hasSize(6); // Gorontalo's five kabupaten and one kota
        assertThat(province.get("total").asLong())
                .isEqualTo(figuresOf(provinceOfficer, null).total());
    }

    @Test
    void theBoundariesAreServedGzippedAndCachedOnePerProvince() throws Exception {
        MockHttpServletResponse provinces = mvc.perform(get("/peta/provinsi.geojson")
                        .header("Accept-Encoding", "gzip, deflate")
                        .with(accounts.as(kotaOfficer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(provinces.getContentType()).isEqualTo("application/geo+json");
        assertThat(provinces.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(provinces.getHeader("Cache-Control"))
                .contains("max-age=31536000")
                .contains("immutable");
        JsonNode all = JsonMapper.builder().build().readTree(gunzip(provinces.getContentAsByteArray()));
        assertThat(all.get("features")).hasSize(38);
        assertThat(provinces.getContentAsByteArray().length).isLessThan(400_000);

        byte[] plain = mvc.perform(get("/peta/kabupaten/61.geojson").with(accounts.as(kotaOfficer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode kalbar = JsonMapper.builder().build().readTree(plain);
        assertThat(kalbar.get("features")).hasSize(14);
        for (JsonNode feature : kalbar.get("features")) {
            assertThat(feature.get("properties").get("province_code").asString())
                    .isEqualTo("61");
        }
        mvc.perform(get("/peta/kabupaten/99.geojson").with(accounts.as(kotaOfficer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePeriodicPdfHoldsTheDashboardsFiguresAndItsDownloadIsAudited() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/laporan-pengawasan.pdf")
                        .param("periode", "kustom")
                        .param("from", FROM)
                        .param("to", TO)
                        .param("wilayah", "75.71")
                        .with(accounts.as(provinceOfficer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("laporan-pengawasan-75.71-" + FROM + "-" + TO + ".pdf");
        DashboardFigures figures = figuresOf(provinceOfficer, "75.71");
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            // the choropleth is drawn into the PDF, not only its credit line
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("map pictures").isEqualTo(1);
        }
        assertThat(text).contains("Peta pengawasan").contains("Batas wilayah");
        assertThat(text)
                .contains("Laporan Pengawasan Orang Asing")
                .contains("Wilayah: Kota Gorontalo")
                .contains("Periode: 1 Juni 2025 – 30 Juni 2025")
                .contains("Halaman 1 / ");
        assertThat(text.lines()).contains("Laporan " + figures.total());
        assertThat(line(text, "Menunggu telaah")).endsWith(" " + figures.waitingForReview());
        assertThat(line(text, "Tindak lanjut berjalan")).endsWith(" " + figures.openFollowUps());
        for (Tally status : figures.statuses()) {
            assertThat(text).contains(statusLabel(status.code()) + " " + status.count());
        }
        assertThat(text).contains("Tiongkok " + count(figures.nationalities(), "CN"));
        assertThat(text).contains("Australia " + count(figures.nationalities(), "AU"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where actor = ? and action = 'EXPORT'"
                                + " and target_type = 'DASHBOARD_REPORT' and detail like ?",
                        Long.class,
                        provinceOfficer,
                        "period=" + FROM + ".." + TO + "; region=75.71"))
                .isEqualTo(1);
    }

    // --- helpers ---

    private DashboardFigures figuresOf(String username, String region) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        return queries.figures(
                areas.resolve(user, region),
                DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.parse(FROM), LocalDate.parse(TO), null));
    }

    private Document page(String username, String path) throws Exception {
        String html = mvc.perform(get(path).with(accounts.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private JsonNode json(String username, String path) throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get(path).with(accounts.as(username)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String kpi(Document page, String id) {
        return page.select("#" + id + " .kpi-value").text().replace(".", "");
    }

    /** The first line of the PDF's text that starts with the given words. */
    private static String line(String text, String start) {
        return text.lines()
                .filter(l -> l.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in\n" + text))
                .trim();
    }

    private static long count(List<Tally> tallies, String code) {
        return tallies.stream()
                .filter(t -> code.equals(t.code()))
                .mapToLong(Tally::count)
                .sum();
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "BARU" -> "Baru";
            case "DITELAAH" -> "Ditelaah";
            case "TERVERIFIKASI" -> "Terverifikasi";
            case "DITOLAK" -> "Ditolak";
            case "TINDAK_LANJUT" -> "Tindak lanjut";
            default -> "Selesai";
        };
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
