package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report list through HTTP, as a browser sends its filter form. Every request names this test's own reporting
 * agency, because all test classes share one database and other tests insert reports in the same regions.
 */
class ReportListTest extends IntegrationTest {

    static final String KAPUAS_HULU_PUTUSSIBAU_KOTA = "61.06.01.1001";
    static final String KAPUAS_HULU_TELUK_SINDUR = "61.06.02.2001";
    static final String SINTANG_LADANG = "61.05.01.1001";
    static final String DENPASAR_SERANGAN = "51.71.01.1001";

    long reportingAgency;
    String reporter;
    String nationalOfficer;

    @BeforeEach
    void setUp() {
        reportingAgency = agencies.create("KESBANGPOL", "PROVINSI", "61");
        reporter = accounts.create("REPORTER", reportingAgency);
        nationalOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
    }

    @Test
    void eachFilterNarrowsTheList() throws Exception {
        long worker = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "Ahmad Faizal bin Rahman")
                .set("status", "BARU")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-03-01T10:00:00+07:00").toInstant())
                .set("nationality", "MY")
                .set("activities", new String[] {"BEKERJA"})
                .set("indications", new String[] {"TKA_ILEGAL"})
                .set("permit_type", "ITAS")
                .set("source", "PATROLI")
                .set("passport_number", "A12345689")
                .set("sponsor", "PT Sawit Makmur")
                .set("narrative", "Terlihat bekerja di kebun sawit tanpa IMTA.")
                .insert();
        // Half past midnight on 1 April in WIB is still 31 March in UTC: date filters are days of the user's zone.
        long tourist = reports.by(reporter, KAPUAS_HULU_TELUK_SINDUR)
                .set("full_name", "Li Wei")
                .set("status", "DITELAAH")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-04-01T00:30:00+07:00").toInstant())
                .set("nationality", "CN")
                .set("activities", new String[] {"WISATA"})
                .set("indications", new String[] {"OVERSTAY"})
                .set("permit_type", "VISA_ON_ARRIVAL")
                .set("source", "APOA")
                .set("passport_number", "E98765432")
                .set("sponsor", "Hotel Kapuas Indah")
                .set("narrative", "Menginap melewati masa berlaku izin.")
                .insert();
        long journalist = reports.by(reporter, SINTANG_LADANG)
                .set("full_name", "Hans Müller")
                .set("status", "TERVERIFIKASI")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-04-02T09:00:00+07:00").toInstant())
                .set("nationality", "DE")
                .set("activities", new String[] {"JURNALISTIK"})
                .set("indications", new String[] {"JURNALIS_TANPA_IZIN", "PEMILU"})
                .set("permit_type", "BEBAS_VISA")
                .set("source", "MEDIA")
                .set("narrative", "Meliput kampanye pilkada tanpa izin liputan.")
                .insert();
        long diver = reports.by(reporter, DENPASAR_SERANGAN)
                .set("full_name", "Olivia Brown")
                .set("status", "SELESAI")
                .set(
                        "observed_at",
                        OffsetDateTime.parse("2026-02-15T08:00:00+08:00").toInstant())
                .set("nationality", "AU")
                .set("activities", new String[] {"WISATA", "BISNIS"})
                .set("permit_type", "ITK")
                .set("source", "OPERASI_GABUNGAN")
                .insert();

        assertThat(shown("")).containsExactlyInAnyOrder(worker, tourist, journalist, diver);

        assertThat(shown("status=BARU")).containsExactly(worker);
        assertThat(shown("status=DITELAAH")).containsExactly(tourist);

        assertThat(shown("from=2026-04-01")).containsExactlyInAnyOrder(tourist, journalist);
        assertThat(shown("to=2026-03-31")).containsExactlyInAnyOrder(worker, diver);
        assertThat(shown("from=2026-03-01&to=2026-04-01")).containsExactlyInAnyOrder(worker, tourist);

        assertThat(shown("wilayah=61")).containsExactlyInAnyOrder(worker, tourist, journalist);
        assertThat(shown("wilayah=61.06")).containsExactlyInAnyOrder(worker, tourist);
        assertThat(shown("wilayah=61.05")).containsExactly(journalist);
        assertThat(shown("wilayah=61.06.01")).containsExactly(worker);
        assertThat(shown("wilayah=61.06.02.2001")).containsExactly(tourist);
        assertThat(shown("wilayah=51")).containsExactly(diver);

        assertThat(shown("nationality=DE")).containsExactly(journalist);
        assertThat(shown("nationality=cn")).containsExactly(tourist);

        assertThat(shown("activity=BEKERJA")).containsExactly(worker);
        assertThat(shown("activity=WISATA")).containsExactlyInAnyOrder(tourist, diver);
        assertThat(shown("indication=PEMILU")).containsExactly(journalist);
        assertThat(shown("indication=OVERSTAY")).containsExactly(tourist);

        assertThat(shown("permit=ITAS")).containsExactly(worker);
        assertThat(shown("permit=BEBAS_VISA")).containsExactly(journalist);
        assertThat(shown("source=APOA")).containsExactly(tourist);
        assertThat(shown("source=OPERASI_GABUNGAN")).containsExactly(diver);

        assertThat(shown("status=SELESAI&nationality=AU&wilayah=51")).containsExactly(diver);
        assertThat(shown("status=SELESAI&nationality=DE")).isEmpty();
    }

    @Test
    void freeTextFindsNamesPassportsSponsorsAndNarrativeWords() throws Exception {
        long worker = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "Ahmad Faizal bin Rahman")
                .set("passport_number", "A12345689")
                .set("sponsor", "PT Sawit Makmur")
                .set("narrative", "Terlihat bekerja di kebun sawit.")
                .insert();
        long tourist = reports.by(reporter, KAPUAS_HULU_TELUK_SINDUR)
                .set("full_name", "Li Wei")
                .set("passport_number", "E98765432")
                .set("sponsor", "Hotel Kapuas Indah")
                .set("narrative", "Menginap melewati masa berlaku izin.")
                .insert();
        long journalist = reports.by(reporter, SINTANG_LADANG)
                .set("full_name", "Hans Müller")
                .set("narrative", "Meliput kampanye pilkada.")
                .insert();

        assertThat(shown("q=Faizal")).as("a word of the name").containsExactly(worker);
        assertThat(shown("q=faiz")).as("part of a name").containsExactly(worker);
        assertThat(shown("q=hans müller")).as("the whole name").containsExactly(journalist);
        assertThat(shown("q=A12345689")).as("the passport number").containsExactly(worker);
        assertThat(shown("q=e98 765-432")).as("the passport typed loosely").containsExactly(tourist);
        assertThat(shown("q=Kapuas Indah")).as("the sponsor").containsExactly(tourist);
        assertThat(shown("q=sawit")).as("a word of sponsor and narrative").containsExactly(worker);
        assertThat(shown("q=kampanye")).as("a word of the narrative").containsExactly(journalist);
        assertThat(shown("q=menginap")).as("another narrative word").containsExactly(tourist);
        assertThat(shown("q=tidakadasamasekali")).isEmpty();
        assertThat(shown("q=a%l")).as("LIKE wildcards are plain text").isEmpty();
        assertThat(shown("q=_aiza")).as("LIKE wildcards are plain text").isEmpty();
    }

    @Test
    void passportNumbersAreMaskedInTheList() throws Exception {
        long id = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "Tan Mei Ling")
                .set("passport_number", "K31415926")
                .insert();

        String html = page(nationalOfficer, "agency=" + reportingAgency);

        Document document = Jsoup.parse(html);
        assertThat(document.select("tr[data-report-id=" + id + "] .report-passport")
                        .text())
                .contains("K31••••26");
        assertThat(html).doesNotContain("K31415926").doesNotContain("1415926");
    }

    @Test
    void aReporterSeesOnlyTheirJurisdictionInListAndCount() throws Exception {
        long kapuasHulu = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        String kapuasHuluReporter = accounts.create("REPORTER", kapuasHulu);
        long bali = agencies.create("KESBANGPOL", "PROVINSI", "51");
        String baliReporter = accounts.create("REPORTER", bali);
        String ownName = "Zetaowntoken" + System.nanoTime();
        String otherName = "Omegaothertoken" + System.nanoTime();
        long own = reports.by(kapuasHuluReporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", ownName)
                .insert();
        long other = reports.by(baliReporter, DENPASAR_SERANGAN)
                .set("full_name", otherName)
                .insert();

        assertThat(shown(kapuasHuluReporter, "agency=" + kapuasHulu)).containsExactly(own);
        Document othersAgency = Jsoup.parse(page(kapuasHuluReporter, "agency=" + bali));
        assertThat(othersAgency.select("tr[data-report-id]")).isEmpty();
        assertThat(othersAgency.select("#reportCount").text()).isEqualTo("0 laporan");
        Document searched = Jsoup.parse(page(kapuasHuluReporter, "q=" + otherName));
        assertThat(searched.select("input#q").val())
                .as("the search box keeps the text")
                .isEqualTo(otherName);
        assertThat(searched.select("#reportTable").text()).doesNotContain(otherName);
        assertThat(searched.select("#reportCount").text()).isEqualTo("0 laporan");
        assertThat(page(kapuasHuluReporter, "wilayah=51")).doesNotContain(otherName);
        assertThat(page(kapuasHuluReporter, "")).doesNotContain(otherName);

        // The Bali reporter sees their own report and not the other.
        assertThat(shown(baliReporter, "agency=" + bali)).containsExactly(other);
        assertThat(shown(baliReporter, "agency=" + kapuasHulu)).isEmpty();

        mvc.perform(get("/laporan/ekspor.csv").with(accounts.as(kapuasHuluReporter)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/laporan/ekspor.xlsx").with(accounts.as(kapuasHuluReporter)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAgencyWithoutJurisdictionSeesNothing() throws Exception {
        reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA).insert();
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA"));

        Document document = Jsoup.parse(page(officer, ""));

        assertThat(document.select("tr[data-report-id]")).isEmpty();
        assertThat(document.select("#noJurisdiction").text()).contains("belum memiliki wilayah kerja");
    }

    @Test
    void theCountSaysHowManyMatch() throws Exception {
        for (int i = 0; i < 27; i++) {
            reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA).insert();
        }

        Document first = Jsoup.parse(page(nationalOfficer, "agency=" + reportingAgency));
        Document second = Jsoup.parse(page(nationalOfficer, "agency=" + reportingAgency + "&page=1"));

        assertThat(first.select("#reportCount").text()).isEqualTo("27 laporan");
        assertThat(first.select("tr[data-report-id]")).hasSize(25);
        assertThat(first.select(".pagination a[rel=next]").attr("href"))
                .contains("agency=" + reportingAgency)
                .contains("page=1");
        assertThat(second.select("tr[data-report-id]")).hasSize(2);
        assertThat(Jsoup.parse(page(nationalOfficer, "agency=" + reportingAgency + "&lang=en"))
                        .select("#reportCount")
                        .text())
                .isEqualTo("27 reports");
    }

    @Test
    void sortsByTheWhitelistedOrdersOnly() throws Exception {
        long bravo = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "Bravo")
                .set("status", "SELESAI")
                .set("observed_at", OffsetDateTime.parse("2026-01-02T10:00:00Z").toInstant())
                .insert();
        long alpha = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "alpha")
                .set("status", "DITELAAH")
                .set("observed_at", OffsetDateTime.parse("2026-01-01T10:00:00Z").toInstant())
                .insert();
        long charlie = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("full_name", "Charlie")
                .set("status", "BARU")
                .set("observed_at", OffsetDateTime.parse("2026-01-03T10:00:00Z").toInstant())
                .insert();

        assertThat(shown("")).containsExactly(charlie, bravo, alpha);
        assertThat(shown("sort=newest")).containsExactly(charlie, bravo, alpha);
        assertThat(shown("sort=oldest")).containsExactly(alpha, bravo, charlie);
        assertThat(shown("sort=name")).containsExactly(alpha, bravo, charlie);
        assertThat(shown("sort=status")).containsExactly(charlie, alpha, bravo);

        for (String attempt :
                List.of("name;drop table report", "observed_at) desc; drop table report; --", "r.id asc", "NAME", "")) {
            assertThat(shown("sort=" + attempt)).as("sort=" + attempt).containsExactly(charlie, bravo, alpha);
        }
        assertThat(jdbc.queryForObject("select count(*) from report where id = ?", Long.class, alpha))
                .isEqualTo(1);
    }

    @Test
    void unbindableFilterValuesAreDroppedNotRefused() throws Exception {
        long id = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA).insert();

        assertThat(shown("status=HILANG&from=kemarin&activity=x&nationality=XYZ&wilayah=99.99.99.99.99"))
                .containsExactly(id);
    }

    @Test
    void onlyReportersAndOfficersMayOpenTheList() throws Exception {
        mvc.perform(get("/laporan")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/laporan/ekspor.csv"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        String admin = accounts.create("ADMIN");
        mvc.perform(get("/laporan").with(accounts.as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/laporan/ekspor.csv").with(accounts.as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/laporan/ekspor.xlsx").with(accounts.as(admin))).andExpect(status().isForbidden());
        assertThat(Jsoup.parse(content(admin, "/")).select("#navReports")).isEmpty();

        Document asReporter = Jsoup.parse(page(reporter, ""));
        assertThat(asReporter.select("#navReports").attr("href")).isEqualTo("/laporan");
        assertThat(asReporter.select("#newReport").attr("href")).isEqualTo("/laporan/baru");
        assertThat(asReporter.select("#exportCsv, #exportXlsx")).isEmpty();

        Document asOfficer = Jsoup.parse(page(nationalOfficer, "status=BARU&page=2"));
        assertThat(asOfficer.select("#exportCsv").attr("href")).isEqualTo("/laporan/ekspor.csv?status=BARU");
        assertThat(asOfficer.select("#exportXlsx").attr("href")).isEqualTo("/laporan/ekspor.xlsx?status=BARU");
    }

    @Test
    void everyListViewWithPeopleOnItIsAudited() throws Exception {
        long id = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA).insert();

        page(nationalOfficer, "agency=" + reportingAgency);

        assertThat(jdbc.queryForList(
                        "select detail from audit_log where action = 'VIEW' and target_type = 'REPORT_LIST'"
                                + " and actor = ?",
                        String.class,
                        nationalOfficer))
                .singleElement()
                .asString()
                .contains("agency=" + reportingAgency)
                .contains("ids=" + id);
    }

    @Test
    void nationalitiesAreShownByTheirNameInTheReadersLanguage() throws Exception {
        long id = reports.by(reporter, KAPUAS_HULU_PUTUSSIBAU_KOTA)
                .set("nationality", "DE")
                .insert();

        Document indonesian = Jsoup.parse(page(nationalOfficer, "agency=" + reportingAgency));
        Document english = Jsoup.parse(page(nationalOfficer, "agency=" + reportingAgency + "&lang=en"));

        assertThat(indonesian.select("tr[data-report-id=" + id + "]").text()).contains("Jerman");
        assertThat(indonesian.select("#nationality option[value=DE]").text()).isEqualTo("Jerman");
        assertThat(english.select("tr[data-report-id=" + id + "]").text()).contains("Germany");
    }

    /**
     * The ids the list shows this test's national officer, for the query plus this test's reporting agency. Queries
     * are written unencoded: MockMvc encodes them.
     */
    private List<Long> shown(String query) throws Exception {
        return shown(nationalOfficer, "agency=" + reportingAgency + (query.isEmpty() ? "" : "&" + query));
    }

    private List<Long> shown(String user, String query) throws Exception {
        return Jsoup.parse(page(user, query)).select("tr[data-report-id]").stream()
                .map(row -> Long.parseLong(row.attr("data-report-id")))
                .toList();
    }

    private String page(String user, String query) throws Exception {
        return content(user, "/laporan" + (query.isEmpty() ? "" : "?" + query));
    }

    private String content(String user, String url) throws Exception {
        return mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
