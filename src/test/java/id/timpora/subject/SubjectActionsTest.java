package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers link, unlink, create and merge subjects inside their jurisdiction; every action is audited. */
class SubjectActionsTest extends SubjectTestBase {

    String officer;
    String reporter;

    @BeforeEach
    void accounts() {
        officer = account("OFFICER", district);
        reporter = account("REPORTER", district);
    }

    @Test
    void anOfficerLinksAReportToASuggestedSubjectAndUnlinksIt() throws Exception {
        long earlier = sightings.save(person(reporter, village, "Mohammad Rizwan", "PK", passport())
                .set("observed_at", Instant.parse("2026-01-05T03:00:00Z")));
        long subject = sightings.subjectOf(earlier);
        long report = sightings.save(person(reporter, village, "Muhammad Rizwan", "PK", null)
                .set("observed_at", Instant.parse("2026-02-05T03:00:00Z")));

        mvc.perform(post("/orang-asing/laporan/" + report + "/tautkan")
                        .param("subjectId", String.valueOf(subject))
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/laporan/" + report))
                .andExpect(flash().attribute("flashSuccess", "subject.linked"));

        assertThat(sightings.subjectOf(report)).isEqualTo(subject);
        assertThat(lastSeen(subject)).isEqualTo(Instant.parse("2026-02-05T03:00:00Z"));
        assertThat(auditRows("LINK", "REPORT", report, officer)).isEqualTo(1);

        // From the panel, htmx is sent back to the panel.
        mvc.perform(post("/orang-asing/laporan/" + report + "/lepas")
                        .header("HX-Request", "true")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orang-asing/laporan/" + report + "/panel"));

        assertThat(sightings.subjectOf(report)).isNull();
        assertThat(lastSeen(subject)).isEqualTo(Instant.parse("2026-01-05T03:00:00Z"));
        assertThat(auditRows("UNLINK", "REPORT", report, officer)).isEqualTo(1);
    }

    @Test
    void anOfficerCreatesANewSubjectFromAnUnlinkedReport() throws Exception {
        long report = sightings.save(
                person(reporter, village, "Aiko Tanaka", "JP", null).set("birth_date", LocalDate.parse("1995-04-02")));

        mvc.perform(post("/orang-asing/laporan/" + report + "/subjek-baru")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/laporan/" + report))
                .andExpect(flash().attribute("flashSuccess", "subject.created"));

        Long subject = sightings.subjectOf(report);
        assertThat(subject).isNotNull();
        assertThat(jdbc.queryForObject("select full_name from subject where id = ?", String.class, subject))
                .isEqualTo("Aiko Tanaka");
        assertThat(auditRows("CREATE", "SUBJECT", subject, officer)).isEqualTo(1);

        mvc.perform(post("/orang-asing/laporan/" + report + "/subjek-baru")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "subject.error.alreadyLinked"));
    }

    @Test
    void mergingMovesEveryReportKeepsAPassportAndDeletesTheOther() throws Exception {
        String passport = passport();
        String[] elsewhere = elsewhere();
        String reporterElsewhere = account("REPORTER", elsewhere[0]);
        // A: no passport, seen here. B: a passport, seen here and elsewhere, the latest sighting elsewhere.
        long aReport = sightings.save(person(reporter, village, "Maria Santos", "PH", null)
                .set("observed_at", Instant.parse("2026-01-01T03:00:00Z")));
        mvc.perform(post("/orang-asing/laporan/" + aReport + "/subjek-baru")
                .with(accounts.as(officer))
                .with(csrf()));
        long kept = sightings.subjectOf(aReport);
        long bHere = sightings.save(person(reporter, village, "Maria Santos", "PH", passport)
                .set("observed_at", Instant.parse("2026-02-01T03:00:00Z")));
        long other = sightings.subjectOf(bHere);
        long bElsewhere = sightings.save(person(reporterElsewhere, elsewhere[1], "Maria Santos", "PH", passport)
                .set("observed_at", Instant.parse("2026-03-01T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-02-15")));
        assertThat(sightings.subjectOf(bElsewhere)).isEqualTo(other);

        mvc.perform(post("/orang-asing/" + kept + "/gabung")
                        .param("otherId", String.valueOf(other))
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orang-asing/" + kept))
                .andExpect(flash().attribute("flashSuccess", "subject.merged"));

        assertThat(sightings.subjectOf(bHere)).isEqualTo(kept);
        assertThat(sightings.subjectOf(bElsewhere)).isEqualTo(kept);
        assertThat(jdbc.queryForList("select id from subject where id = ?", Long.class, other))
                .isEmpty();
        assertThat(jdbc.queryForObject("select passport_number from subject where id = ?", String.class, kept))
                .isEqualTo(passport);
        assertThat(lastSeen(kept)).isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
        assertThat(jdbc.queryForObject("select permit_type from subject where id = ?", String.class, kept))
                .isEqualTo("ITAS");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'MERGE' and target_type = 'SUBJECT'"
                                + " and target_id = ? and actor = ?",
                        String.class,
                        String.valueOf(kept),
                        officer))
                .isEqualTo("subject " + other + " merged into subject " + kept + ": 2 reports moved");
        // The passport now leads to the kept subject.
        long later = sightings.save(person(reporter, village, "Maria Santos", "PH", passport));
        assertThat(sightings.subjectOf(later)).isEqualTo(kept);
    }

    @Test
    void aMergeWithASubjectSeenOnlyElsewhereIsRefusedWithoutSayingWhy() throws Exception {
        long here = sightings.subjectOf(sightings.save(person(reporter, village, "Tom Smith", "GB", passport())));
        String[] elsewhere = elsewhere();
        long there = sightings.subjectOf(
                sightings.save(person(account("REPORTER", elsewhere[0]), elsewhere[1], "Tom Smith", "GB", passport())));

        mvc.perform(post("/orang-asing/" + here + "/gabung")
                        .param("otherId", String.valueOf(there))
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "subject.error.mergeUnknown"));
        mvc.perform(post("/orang-asing/" + here + "/gabung")
                        .param("otherId", String.valueOf(here))
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "subject.error.mergeSelf"));
        assertThat(jdbc.queryForObject("select count(*) from subject where id in (?, ?)", Integer.class, here, there))
                .isEqualTo(2);
    }

    @Test
    void reportersMayNotActAndNeitherMayOfficersOfAnotherJurisdiction() throws Exception {
        long subject = sightings.subjectOf(sightings.save(person(reporter, village, "Ivan Ivanov", "RU", passport())));
        long other = sightings.subjectOf(sightings.save(person(reporter, village, "Ivan Ivanof", "RU", passport())));
        long unlinked = sightings.save(person(reporter, village, "Ivan Ivanov", "RU", null));
        String[] elsewhere = elsewhere();
        String officerElsewhere = account("OFFICER", elsewhere[0]);

        for (String path : new String[] {
            "/orang-asing/laporan/" + unlinked + "/tautkan?subjectId=" + subject,
            "/orang-asing/laporan/" + unlinked + "/subjek-baru",
            "/orang-asing/laporan/" + unlinked + "/lepas",
            "/orang-asing/" + subject + "/gabung?otherId=" + other
        }) {
            mvc.perform(post(path).with(accounts.as(reporter)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).with(accounts.as(officerElsewhere)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path).with(accounts.as(officer))).andExpect(status().isForbidden()); // no CSRF token
        }
        assertThat(sightings.subjectOf(unlinked)).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject where id in (?, ?)", Integer.class, subject, other))
                .isEqualTo(2);
        mvc.perform(get("/orang-asing/" + subject).with(accounts.as(officerElsewhere)))
                .andExpect(status().isNotFound());
    }

    private Instant lastSeen(long subject) {
        return jdbc.queryForObject("select last_seen_at from subject where id = ?", Timestamp.class, subject)
                .toInstant();
    }

    private static String passport() {
        return "M" + System.nanoTime();
    }
}
