package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.report.PassportMask;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Near matches are suggested to officers on the report's panel: same nationality, a similar name, a birth date (or
 * estimated age) that fits, and only people seen inside the officer's jurisdiction.
 */
class SubjectSuggestionTest extends SubjectTestBase {

    String officer;
    String reporter;

    @BeforeEach
    void accounts() {
        officer = account("OFFICER", district);
        reporter = account("REPORTER", district);
    }

    @Test
    void aSimilarNameOfTheSameNationalityBornWithinAYearIsSuggested() throws Exception {
        long similar = subjectOf(person(reporter, village, "Mohammad Rizwan", "PK", passport())
                .set("birth_date", LocalDate.parse("1990-08-01")));
        long otherNationality = subjectOf(person(reporter, village, "Mohammad Rizwan", "IN", passport())
                .set("birth_date", LocalDate.parse("1990-08-01")));
        long bornYearsApart = subjectOf(person(reporter, village, "Mohammad Rizwan", "PK", passport())
                .set("birth_date", LocalDate.parse("1987-03-01")));
        String[] elsewhere = elsewhere();
        String reporterElsewhere = account("REPORTER", elsewhere[0]);
        long seenOnlyElsewhere = subjectOf(person(reporterElsewhere, elsewhere[1], "Mohammad Rizwan", "PK", passport())
                .set("birth_date", LocalDate.parse("1990-05-01")));
        long otherName = subjectOf(person(reporter, village, "Sebastian Vettel", "PK", passport())
                .set("birth_date", LocalDate.parse("1990-03-01")));

        long report = sightings.save(person(reporter, village, "Muhammad Rizwan", "PK", null)
                .set("birth_date", LocalDate.parse("1990-03-01")));

        String panel = panel(report, officer);
        assertThat(panel).contains("href=\"/orang-asing/" + similar + "\"");
        assertThat(panel)
                .doesNotContain("href=\"/orang-asing/" + otherNationality + "\"")
                .doesNotContain("href=\"/orang-asing/" + bornYearsApart + "\"")
                .doesNotContain("href=\"/orang-asing/" + seenOnlyElsewhere + "\"")
                .doesNotContain("href=\"/orang-asing/" + otherName + "\"");
        assertThat(panel).contains("Tautkan").contains("Buat subjek baru");
        // Showing a suggested person is a view of personal data.
        assertThat(auditRows("VIEW", "SUBJECT", similar, officer)).isEqualTo(1);
    }

    @Test
    void anEstimatedAgeIsComparedWithTheBirthDate() throws Exception {
        long aboutThatAge = subjectOf(person(reporter, village, "Ahmed Karimi", "AF", passport())
                .set("birth_date", LocalDate.parse("1990-06-15")));
        long muchOlder = subjectOf(person(reporter, village, "Ahmad Karimi", "AF", passport())
                .set("birth_date", LocalDate.parse("1960-06-15")));

        long report = sightings.save(person(reporter, village, "Ahmad Karimi", "AF", null)
                .set("approximate_age", (short) 35)
                .set("observed_at", Instant.parse("2026-02-01T03:00:00Z")));

        assertThat(panel(report, officer))
                .contains("href=\"/orang-asing/" + aboutThatAge + "\"")
                .doesNotContain("href=\"/orang-asing/" + muchOlder + "\"");
    }

    @Test
    void reportersSeeNoSuggestionsAndAdminsNoPanel() throws Exception {
        subjectOf(person(reporter, village, "Olga Petrova", "RU", passport()));
        long report = sightings.save(person(reporter, village, "Olga Petrova", "RU", null));

        assertThat(panel(report, reporter))
                .contains("belum terhubung")
                .doesNotContain("Tautkan")
                .doesNotContain("Buat subjek baru");
        mvc.perform(get("/orang-asing/laporan/" + report + "/panel").with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLinkedReportShowsItsSubjectAndRecordsTheView() throws Exception {
        String passport = passport();
        long report = sightings.save(person(reporter, village, "Hans Müller", "DE", passport)
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-01-31"))
                .set("observed_at", Instant.parse("2026-03-01T02:00:00Z")));
        Long subject = sightings.subjectOf(report);

        String panel = panel(report, reporter);
        assertThat(panel)
                .contains("Hans Müller")
                .contains("Jerman")
                .contains(PassportMask.mask(passport))
                .doesNotContain(passport)
                .contains("Sinyal overstay")
                .contains("href=\"/orang-asing/" + subject + "\"")
                .doesNotContain("Lepas tautan");
        assertThat(panel(report, officer)).contains("Lepas tautan");
        assertThat(auditRows("VIEW", "SUBJECT", subject, reporter)).isEqualTo(1);
    }

    @Test
    void aReportOutsideTheJurisdictionHasNoPanel() throws Exception {
        long report = sightings.save(person(reporter, village, "Jean Dupont", "FR", passport()));
        String[] elsewhere = elsewhere();

        mvc.perform(get("/orang-asing/laporan/" + report + "/panel")
                        .with(accounts.as(account("OFFICER", elsewhere[0]))))
                .andExpect(status().isNotFound());
    }

    private long subjectOf(id.timpora.support.TestReports.Builder report) {
        return sightings.subjectOf(sightings.save(report));
    }

    private String panel(long report, String username) throws Exception {
        return mvc.perform(get("/orang-asing/laporan/" + report + "/panel").with(accounts.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String passport() {
        return "S" + System.nanoTime();
    }
}
