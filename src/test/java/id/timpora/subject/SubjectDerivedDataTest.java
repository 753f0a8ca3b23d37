package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's derived data — last sighting, latest permit, overstay signal, the sex and birth date the reports fill in
 * — comes only from the reports the viewer may see (issue #10, item 1). The page says that the person is also recorded
 * elsewhere and which immigration office covers that, nothing more. Before the fix every value came from all reports.
 */
class SubjectDerivedDataTest extends SubjectTestBase {

    static final String SECRET_PERMIT = "KITAS-ELSEWHERE-";

    String reporter;
    String officer;
    String[] elsewhere;
    String reporterElsewhere;
    String officeElsewhere;
    long here;
    long subject;
    String secretPermit;

    @BeforeEach
    void aPersonSeenHereWithoutAPermitAndLaterElsewhereWithAnExpiredOne() {
        reporter = account("REPORTER", district);
        officer = account("OFFICER", district);
        elsewhere = elsewhere();
        reporterElsewhere = account("REPORTER", elsewhere[0]);
        officeElsewhere = agencies.nameOf(agencies.create("IMIGRASI", "KABUPATEN_KOTA", elsewhere[0]));
        secretPermit = SECRET_PERMIT + System.nanoTime();
        String passport = "D" + System.nanoTime();
        here = sightings.save(person(reporter, village, "Ivan Petrov", "RU", passport)
                .set("observed_at", Instant.parse("2026-01-10T03:00:00Z")));
        long there = sightings.save(person(reporterElsewhere, elsewhere[1], "Ivan Petrov", "RU", passport)
                .set("observed_at", Instant.parse("2026-03-01T03:00:00Z"))
                .set("sex", "LAKI_LAKI")
                .set("birth_date", LocalDate.parse("1980-05-17"))
                .set("permit_type", "ITAS")
                .set("permit_number", secretPermit)
                .set("permit_expiry", LocalDate.parse("2026-02-01")));
        subject = sightings.subjectOf(here);
        assertThat(sightings.subjectOf(there)).isEqualTo(subject);
    }

    @Test
    void theSubjectPageShowsOnlyWhatTheViewersReportsSay() throws Exception {
        for (String viewer : new String[] {reporter, officer}) {
            String page = page("/orang-asing/" + subject, viewer);
            assertThat(page)
                    .contains("Ivan Petrov")
                    .doesNotContain(secretPermit)
                    .doesNotContain("ITAS")
                    .doesNotContain("1 Feb 2026")
                    .doesNotContain("1 Mar 2026")
                    .doesNotContain("17 Mei 1980")
                    .doesNotContain("overstaySignal")
                    .contains("10 Jan 2026")
                    .contains("id=\"recordedElsewhere\"")
                    .contains("juga tercatat di luar wilayah kerja Anda")
                    .contains(officeElsewhere);
        }
    }

    @Test
    void theReportPanelShowsOnlyWhatTheViewersReportsSay() throws Exception {
        String panel = page("/orang-asing/laporan/" + here + "/panel", reporter);
        assertThat(panel)
                .contains("Ivan Petrov")
                .doesNotContain("ITAS")
                .doesNotContain("1 Mar 2026")
                .doesNotContain("overstay-badge")
                .contains("10 Jan 2026")
                .contains(officeElsewhere);
    }

    @Test
    void theListShowsAndFiltersOnlyWhatTheViewersReportsSay() throws Exception {
        String list = page("/orang-asing?q=petrov&nationality=RU", reporter);
        assertThat(list)
                .contains("href=\"/orang-asing/" + subject + "\"")
                .doesNotContain("ITAS")
                .doesNotContain("1 Mar 2026")
                .doesNotContain("overstay-badge")
                .contains("10 Jan 2026");
        assertThat(page("/orang-asing?nationality=RU&overstay=true", reporter))
                .doesNotContain("href=\"/orang-asing/" + subject + "\"");
    }

    @Test
    void theUnfilteredListIsOrderedAndPagedByTheViewersOwnSightings() throws Exception {
        long between = sightings.subjectOf(
                sightings.save(person(reporter, village, "Olga Ivanova", "RU", "F" + System.nanoTime())
                        .set("observed_at", Instant.parse("2026-02-10T03:00:00Z"))));
        String list = page("/orang-asing", reporter);
        assertThat(list)
                .contains("href=\"/orang-asing/" + subject + "\"")
                .contains("href=\"/orang-asing/" + between + "\"")
                .doesNotContain("ITAS")
                .doesNotContain("1 Mar 2026")
                .doesNotContain("overstay-badge");
        // Seen here on 10 Jan (and elsewhere on 1 Mar), Olga here on 10 Feb: for this viewer Olga is the more recent.
        assertThat(list.indexOf("href=\"/orang-asing/" + between + "\""))
                .isLessThan(list.indexOf("href=\"/orang-asing/" + subject + "\""));
        for (int i = 0; i < 25; i++) {
            sightings.save(person(reporter, village, "Filler Person " + i, "NL", "G" + System.nanoTime())
                    .set("observed_at", Instant.parse("2026-05-01T03:00:00Z").plusSeconds(i)));
        }
        assertThat(page("/orang-asing", reporter)).doesNotContain("href=\"/orang-asing/" + subject + "\"");
        assertThat(page("/orang-asing?page=1", reporter))
                .contains("href=\"/orang-asing/" + subject + "\"")
                .contains("href=\"/orang-asing/" + between + "\"");
    }

    @Test
    void aNationalViewerSeesTheWholeRecordAndNoNoteAboutElsewhere() throws Exception {
        String national = nationalAccount("OFFICER");
        assertThat(page("/orang-asing/" + subject, national))
                .contains(secretPermit)
                .contains("1 Mar 2026")
                .contains("id=\"overstaySignal\"")
                .doesNotContain("id=\"recordedElsewhere\"");
        assertThat(page("/orang-asing?nationality=RU&overstay=true", national))
                .contains("href=\"/orang-asing/" + subject + "\"");
    }

    @Test
    void theViewerElsewhereSeesTheirOwnReportsFactsAndNoteAboutThisArea() throws Exception {
        assertThat(page("/orang-asing/" + subject, reporterElsewhere))
                .contains(secretPermit)
                .contains("1 Mar 2026")
                .contains("id=\"overstaySignal\"")
                .doesNotContain("10 Jan 2026")
                .contains("id=\"recordedElsewhere\"");
    }

    @Test
    void aMergeCandidatesBirthDateComesFromTheViewersReportsToo() throws Exception {
        String passport = "E" + System.nanoTime();
        long twin = sightings.subjectOf(sightings.save(person(reporter, village, "Ivan Petrova", "RU", passport)
                .set("observed_at", Instant.parse("2026-01-12T03:00:00Z"))));
        sightings.save(person(reporterElsewhere, elsewhere[1], "Ivan Petrova", "RU", passport)
                .set("observed_at", Instant.parse("2026-04-20T03:00:00Z"))
                .set("birth_date", LocalDate.parse("1981-06-18")));
        assertThat(page("/orang-asing/" + subject + "/kemungkinan-sama", officer))
                .contains("href=\"/orang-asing/" + twin + "\"");
        assertThat(page("/orang-asing/" + subject + "/kemungkinan-sama", officer))
                .doesNotContain("18 Jun 1981");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(accounts.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
