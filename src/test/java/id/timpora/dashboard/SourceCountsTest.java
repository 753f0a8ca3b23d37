package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Public reports and village reports per desa on the kabupaten dashboard and in the periodic PDF (#14 item 6): each
 * figure equals a direct count over the tables, inside the viewer's jurisdiction only.
 */
class SourceCountsTest extends IntegrationTest {

    static final String PALA_PULAU = "61.08.01.2001"; // Hilir Kantor, Kabupaten Landak (no other test uses it)
    static final String SIBAU_HILIR = "61.08.01.2002"; // Hilir Tengah
    static final String TUBAN = "51.03.01.1001";
    static final String FROM = "2025-03-01";
    static final String TO = "2025-03-31";
    /** Inside the period whatever the zone (the direct counts below use WIB, the zone of Kalimantan Barat). */
    static final Instant MID_MARCH = Instant.parse("2025-03-15T05:00:00Z");

    static boolean loaded;

    String kanimOfficer;
    String polriReporter;
    String baliOfficer;

    @BeforeEach
    void data() {
        kanimOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.08"));
        polriReporter = accounts.create("REPORTER", agencies.create("POLRI", "KABUPATEN_KOTA", "61.08"));
        baliOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        if (loaded) {
            return; // the rows once for the class: the counts are compared with the tables, whatever else is there
        }
        loaded = true;
        String village = accounts.create("REPORTER", agencies.create("PEMDA", "DESA", PALA_PULAU));
        for (String status : List.of("MENUNGGU", "MENUNGGU", "DITERIMA", "DITOLAK", "DUPLIKAT")) {
            publicReport(PALA_PULAU, status, MID_MARCH);
        }
        publicReport(SIBAU_HILIR, "MENUNGGU", MID_MARCH);
        publicReport(TUBAN, "MENUNGGU", MID_MARCH);
        publicReport(PALA_PULAU, "MENUNGGU", Instant.parse("2025-04-02T05:00:00Z")); // after the period
        reports.by(village, PALA_PULAU)
                .set("source", "LAPORAN_DESA")
                .set("observed_at", MID_MARCH)
                .insert();
        reports.by(village, PALA_PULAU)
                .set("source", "LAPORAN_DESA")
                .set("observed_at", MID_MARCH)
                .insert();
        reports.by(polriReporter, PALA_PULAU)
                .set("observed_at", MID_MARCH)
                .insert(); // a patrol's report: not a village report
    }

    void publicReport(String desa, String status, Instant received) {
        jdbc.update(
                """
                insert into public_report (status, tracking_hash, description, people_count, observed_at, region_code,
                                           province_code, regency_code, district_code, client_key, content_hash,
                                           received_at)
                values (?, ?, 'Dua orang asing di kebun', 2, ?, ?, ?, ?, ?, '10.1.2.3', ?, ?)""",
                status,
                hash(),
                java.sql.Timestamp.from(received),
                desa,
                desa.substring(0, 2),
                desa.substring(0, 5),
                desa.substring(0, 8),
                hash(),
                java.sql.Timestamp.from(received));
    }

    static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .substring(0, 64);
    }

    long count(String sql, String desa) {
        return jdbc.queryForObject(
                sql + " and received_at >= timestamptz '2025-03-01 00:00+07' and received_at < timestamptz"
                        + " '2025-04-01 00:00+07'",
                Long.class,
                desa);
    }

    long publicCount(String desa, String status) {
        return count(
                "select count(*) from public_report where region_code = ?"
                        + (status == null ? "" : " and status = '" + status + "'"),
                desa);
    }

    long villageCount(String desa) {
        return jdbc.queryForObject(
                "select count(*) from report where region_code = ? and source = 'LAPORAN_DESA'"
                        + " and observed_at >= timestamptz '2025-03-01 00:00+07'"
                        + " and observed_at < timestamptz '2025-04-01 00:00+07'",
                Long.class,
                desa);
    }

    Document home(String user, String region) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").param("periode", "kustom")
                        .param("from", FROM)
                        .param("to", TO)
                        .param("wilayah", region)
                        .with(accounts.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theKabupatenDashboardCountsPublicAndVillageReportsPerDesaAsTheTablesDo() throws Exception {
        Document page = home(kanimOfficer, "61.08");
        assertThat(page.select("#sourceCountsHeading").text()).contains("per desa/kelurahan");
        Element pala = page.selectFirst("#sourceCountsTable tr[data-region=" + PALA_PULAU + "]");
        assertThat(pala).isNotNull();
        assertThat(pala.text()).contains("Hilir Kantor");
        assertThat(pala.select(".source-received").text()).isEqualTo(String.valueOf(publicCount(PALA_PULAU, null)));
        assertThat(pala.select(".source-accepted").text())
                .isEqualTo(String.valueOf(publicCount(PALA_PULAU, "DITERIMA")));
        assertThat(pala.select(".source-rejected").text())
                .isEqualTo(String.valueOf(publicCount(PALA_PULAU, "DITOLAK") + publicCount(PALA_PULAU, "DUPLIKAT")));
        assertThat(pala.select(".source-waiting").text())
                .isEqualTo(String.valueOf(publicCount(PALA_PULAU, "MENUNGGU")));
        assertThat(pala.select(".source-village").text()).isEqualTo(String.valueOf(villageCount(PALA_PULAU)));
        assertThat(villageCount(PALA_PULAU)).isGreaterThanOrEqualTo(2);
        Element sibau = page.selectFirst("#sourceCountsTable tr[data-region=" + SIBAU_HILIR + "]");
        assertThat(sibau.select(".source-received").text()).isEqualTo(String.valueOf(publicCount(SIBAU_HILIR, null)));
        // most first
        List<String> order = page.select("#sourceCountsTable tbody tr").eachAttr("data-region");
        assertThat(order.indexOf(PALA_PULAU)).isLessThan(order.indexOf(SIBAU_HILIR));
        // nothing outside the jurisdiction
        assertThat(page.select("#sourceCountsTable tr[data-region=" + TUBAN + "]"))
                .isEmpty();
    }

    @Test
    void onlyThoseWhoTriageSeePublicCountsAndNobodySeesAnotherJurisdiction() throws Exception {
        Document polri = home(polriReporter, "61.08");
        Element pala = polri.selectFirst("#sourceCountsTable tr[data-region=" + PALA_PULAU + "]");
        assertThat(pala.select(".source-received")).isEmpty();
        assertThat(pala.select(".source-village").text()).isEqualTo(String.valueOf(villageCount(PALA_PULAU)));

        Document bali = home(baliOfficer, "61.08");
        assertThat(bali.select("#sourceCountsTable tr[data-region^=61.08]")).isEmpty();
        Document baliOwn = home(baliOfficer, "51.03");
        Element tuban = baliOwn.selectFirst("#sourceCountsTable tr[data-region=" + TUBAN + "]");
        assertThat(tuban.select(".source-received").text()).isEqualTo(String.valueOf(publicCount(TUBAN, null)));
    }

    @Test
    void thePeriodicPdfHasTheSameCountsPerDesa() throws Exception {
        byte[] pdf = mvc.perform(get("/laporan-pengawasan.pdf")
                        .param("periode", "kustom")
                        .param("from", FROM)
                        .param("to", TO)
                        .param("wilayah", "61.08")
                        .with(accounts.as(kanimOfficer)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Laporan masyarakat dan laporan desa per desa/kelurahan");
        String expected = "Desa Hilir Kantor (Kec. Ngabang) " + publicCount(PALA_PULAU, null) + " "
                + publicCount(PALA_PULAU, "DITERIMA") + " "
                + (publicCount(PALA_PULAU, "DITOLAK") + publicCount(PALA_PULAU, "DUPLIKAT")) + " "
                + publicCount(PALA_PULAU, "MENUNGGU") + " " + villageCount(PALA_PULAU);
        assertThat(text.replaceAll("\\s+", " ")).contains(expected);
    }

    @Test
    void aProvinceIsCountedPerKabupaten() throws Exception {
        String provincial = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "61"));
        Document page = home(provincial, "61");
        assertThat(page.select("#sourceCountsHeading").text()).contains("per kabupaten/kota");
        Element landak = page.selectFirst("#sourceCountsTable tr[data-region=61.08]");
        assertThat(landak).isNotNull();
        assertThat(landak.text()).contains("Landak");
        long received = jdbc.queryForObject(
                "select count(*) from public_report where regency_code = '61.08'"
                        + " and received_at >= timestamptz '2025-03-01 00:00+07'"
                        + " and received_at < timestamptz '2025-04-01 00:00+07'",
                Long.class);
        assertThat(landak.select(".source-received").text()).isEqualTo(String.valueOf(received));
        assertThat(page.select("#sourceCountsTable tr[data-region^=51]")).isEmpty();
    }
}
