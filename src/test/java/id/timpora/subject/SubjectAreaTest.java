package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry list of a kabupaten or province user reads the per-area summary (subject_area), which triggers on
 * report keep: a new sighting, a corrected permit, a report moved to another kabupaten or unlinked changes what the
 * area's list shows at once, and nothing from the person's reports elsewhere reaches it (#10).
 */
class SubjectAreaTest extends SubjectTestBase {

    String regency;
    String kabupatenReporter;
    String provinceReporter;
    String otherVillage;
    String otherRegency;
    String name;
    String passport;
    long subject;
    long first;

    @BeforeEach
    void aPersonSeenHereWithAnExpiredPermitAndLaterElsewhereWithAValidOne() {
        regency = district.substring(0, 5);
        kabupatenReporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", regency));
        provinceReporter =
                accounts.create("REPORTER", agencies.create("KESBANGPOL", "PROVINSI", district.substring(0, 2)));
        otherVillage = jdbc.queryForObject(
                "select min(code) from region where level = 'DESA' and code like '51.03.%'", String.class);
        otherRegency = "51.03";
        name = "Ayu Wilayah " + System.nanoTime();
        passport = "W" + System.nanoTime();
        first = sightings.save(person(kabupatenReporter, village, name, "NL", passport)
                .set("observed_at", Instant.parse("2026-01-10T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_number", "ITAS-HERE-1")
                .set("permit_expiry", LocalDate.parse("2026-01-01")));
        sightings.save(person(kabupatenReporter, otherVillage, name, "NL", passport)
                .set("observed_at", Instant.parse("2026-03-01T03:00:00Z"))
                .set("permit_type", "ITAP")
                .set("permit_number", "ITAP-ELSEWHERE-9")
                .set("permit_expiry", LocalDate.parse("2031-07-31")));
        subject = sightings.subjectOf(first);
    }

    @Test
    void theAreasRowHoldsOnlyTheAreasReports() {
        assertThat(row(regency))
                .containsEntry("reports", 1)
                .containsEntry("permit_type", "ITAS")
                .containsEntry("permit_number", "ITAS-HERE-1")
                .containsEntry("overstay", true);
        assertThat(row(otherRegency))
                .containsEntry("permit_number", "ITAP-ELSEWHERE-9")
                .containsEntry("overstay", false);
        assertThat(jdbc.queryForList("select area_code from subject_area where subject_id = ?", String.class, subject))
                .containsExactlyInAnyOrder(regency, regency.substring(0, 2), otherRegency, "51");
    }

    @Test
    void theKabupatenListShowsTheAreasPermitAndOverstayAndFollowsEveryChange() throws Exception {
        Document overstay = list(kabupatenReporter, "?overstay=true&q=" + name);
        assertThat(overstay.text()).contains(name).doesNotContain("31 Jul 2031").doesNotContain("ITAP");
        assertThat(list(provinceReporter, "?overstay=true&q=" + name).text()).contains(name);

        // A later sighting here of the same permit, without its number: still the same permit, still overstayed.
        long later = sightings.save(person(kabupatenReporter, village, name, "NL", passport)
                .set("observed_at", Instant.parse("2026-02-01T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-01-01")));
        assertThat(row(regency))
                .containsEntry("reports", 2)
                .containsEntry("permit_number", "ITAS-HERE-1")
                .containsEntry("overstay", true);
        assertThat(lastSeen(regency)).isEqualTo(Instant.parse("2026-02-01T03:00:00Z"));

        // The officer corrects that report's expiry: no longer overstayed here, and the number is not carried over.
        jdbc.update("update report set permit_expiry = ? where id = ?", LocalDate.parse("2027-06-30"), later);
        assertThat(row(regency)).containsEntry("permit_number", null).containsEntry("overstay", false);
        assertThat(list(kabupatenReporter, "?overstay=true&q=" + name).text()).doesNotContain(name);
        assertThat(list(kabupatenReporter, "?q=" + name).text()).contains(name);

        // Both reports move to another kabupaten (a wrong village corrected): the person leaves this area's list.
        jdbc.update(
                "update report set region_code = ?, district_code = ?, regency_code = ?, province_code = ?"
                        + " where id in (?, ?)",
                otherVillage,
                otherVillage.substring(0, 8),
                otherRegency,
                "51",
                first,
                later);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_area where subject_id = ? and area_code = ?",
                        Integer.class,
                        subject,
                        regency))
                .isZero();
        assertThat(list(kabupatenReporter, "?q=" + name).text()).doesNotContain(name);
        assertThat(row(otherRegency)).containsEntry("reports", 3);
    }

    @Test
    void anUnlinkedReportLeavesThePersonsRows() {
        jdbc.update("update report set subject_id = null where subject_id = ? and regency_code = ?", subject, regency);
        assertThat(jdbc.queryForList("select area_code from subject_area where subject_id = ?", String.class, subject))
                .containsExactlyInAnyOrder(otherRegency, "51");
    }

    @Test
    void theListIsPagedInTheAreasOrderOfLastSightings() throws Exception {
        Document page = list(kabupatenReporter, "");
        List<String> shown = page.select("#subjectTable a[href^=/orang-asing/]").eachText();
        assertThat(shown).isNotEmpty();
        List<Long> expected = jdbc.queryForList(
                "select subject_id from subject_area where area_code = ? order by last_seen_at desc, subject_id desc"
                        + " limit ?",
                Long.class,
                regency,
                shown.size());
        assertThat(page.select("#subjectTable a[href^=/orang-asing/]").eachAttr("href"))
                .containsExactlyElementsOf(
                        expected.stream().map(id -> "/orang-asing/" + id).toList());
    }

    private Map<String, Object> row(String area) {
        return jdbc.queryForMap(
                "select reports, permit_type, permit_number, overstay from subject_area"
                        + " where subject_id = ? and area_code = ?",
                subject,
                area);
    }

    private Instant lastSeen(String area) {
        return jdbc.queryForObject(
                        "select last_seen_at from subject_area where subject_id = ? and area_code = ?",
                        java.sql.Timestamp.class,
                        subject,
                        area)
                .toInstant();
    }

    private Document list(String user, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/orang-asing" + query).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
