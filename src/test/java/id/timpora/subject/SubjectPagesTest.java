package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.report.PassportMask;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list and the subject page show a person only to users with a report of them in their jurisdiction. */
class SubjectPagesTest extends SubjectTestBase {

    String reporter;
    String[] elsewhere;
    String reporterElsewhere;

    @BeforeEach
    void accounts() {
        reporter = account("REPORTER", district);
        elsewhere = elsewhere();
        reporterElsewhere = account("REPORTER", elsewhere[0]);
    }

    @Test
    void theTimelineShowsOnlySightingsInsideTheJurisdictionAndTheViewIsAudited() throws Exception {
        String passport = "T" + System.nanoTime();
        long here = sightings.save(person(reporter, village, "Hans Müller", "DE", passport)
                .set("observed_at", Instant.parse("2026-01-10T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-01-31")));
        long there = sightings.save(person(reporterElsewhere, elsewhere[1], "Hans Müller", "DE", passport)
                .set("observed_at", Instant.parse("2026-03-01T03:00:00Z")));
        long subject = sightings.subjectOf(here);
        assertThat(sightings.subjectOf(there)).isEqualTo(subject);

        String page = page("/orang-asing/" + subject, reporter);
        assertThat(page)
                .contains("Hans Müller")
                .contains("Jerman")
                .contains(passport) // the subject page shows the whole passport number
                .contains("id=\"sighting-" + here + "\"")
                .contains("href=\"/laporan/" + here + "\"")
                .doesNotContain("sighting-" + there)
                .doesNotContain("/laporan/" + there + "\"")
                // The later sighting elsewhere is not this viewer's: their permit was valid at their last sighting.
                .doesNotContain("id=\"overstaySignal\"")
                .contains("1 laporan di wilayah kerja Anda");
        assertThat(auditRows("VIEW", "SUBJECT", subject, reporter)).isEqualTo(1);

        assertThat(page("/orang-asing/" + subject + "?lang=en", reporter)).contains("Germany");
        String national = nationalAccount("OFFICER");
        assertThat(page("/orang-asing/" + subject + "?lang=en", national)).contains("Overstay signal");
        assertThat(page("/orang-asing/" + subject, national))
                .contains("id=\"overstaySignal\"")
                .contains("sighting-" + here)
                .contains("sighting-" + there);
    }

    @Test
    void noOverstaySignalWhileThePermitWasValidAtTheLastSighting() throws Exception {
        long report = sightings.save(person(reporter, village, "Emma Larsen", "DK", "V" + System.nanoTime())
                .set("observed_at", Instant.parse("2026-03-01T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-06-30")));

        assertThat(page("/orang-asing/" + sightings.subjectOf(report), reporter))
                .doesNotContain("overstaySignal")
                .doesNotContain("Sinyal overstay");
    }

    @Test
    void aSubjectWithoutReportsInTheJurisdictionIsNotFound() throws Exception {
        long subject = sightings.subjectOf(
                sightings.save(person(reporterElsewhere, elsewhere[1], "Pedro Alves", "BR", "N" + System.nanoTime())));

        mvc.perform(get("/orang-asing/" + subject).with(accounts.as(reporter))).andExpect(status().isNotFound());
        mvc.perform(get("/orang-asing/" + (subject + 100_000)).with(accounts.as(reporter)))
                .andExpect(status().isNotFound());
        assertThat(auditRows("VIEW", "SUBJECT", subject, reporter)).isZero();
        mvc.perform(get("/orang-asing/" + subject).with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orang-asing").with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListSearchesMasksPassportsAndCountsOnlyReportsInsideTheJurisdiction() throws Exception {
        String passport = "X" + System.nanoTime();
        String name = "Svetlana Kuznetsova " + System.nanoTime();
        long first = sightings.save(person(reporter, village, name, "UA", passport)
                .set("observed_at", Instant.parse("2026-02-01T03:00:00Z"))
                .set("permit_type", "VISA_ON_ARRIVAL")
                .set("permit_expiry", LocalDate.parse("2026-01-15")));
        sightings.save(person(reporter, village, name, "UA", passport));
        sightings.save(person(reporterElsewhere, elsewhere[1], name, "UA", passport));
        long onlyElsewhere = sightings.subjectOf(
                sightings.save(person(reporterElsewhere, elsewhere[1], name + " Jr", "UA", "Y" + System.nanoTime())));
        long subject = sightings.subjectOf(first);

        String list = page("/orang-asing?q=" + name.split(" ")[1].toLowerCase(), reporter);
        assertThat(list)
                .contains("href=\"/orang-asing/" + subject + "\"")
                .doesNotContain("href=\"/orang-asing/" + onlyElsewhere + "\"")
                .contains(PassportMask.mask(passport))
                .doesNotContain(passport)
                .contains("Ukraina")
                .contains("overstay-badge");
        assertThat(list.replaceAll("\\s+", " ")).contains("<td class=\"text-end\">2</td>");

        assertThat(page("/orang-asing?q=" + passport.substring(0, 8).toLowerCase(), reporter))
                .contains("href=\"/orang-asing/" + subject + "\"");
        assertThat(page("/orang-asing?nationality=UA&overstay=true", reporter))
                .contains("href=\"/orang-asing/" + subject + "\"");
        assertThat(page("/orang-asing?nationality=DE", reporter))
                .doesNotContain("href=\"/orang-asing/" + subject + "\"");
        String national = nationalAccount("REPORTER");
        String nationalList = page("/orang-asing?q=" + name.split(" ")[1], national);
        assertThat(nationalList)
                .contains("href=\"/orang-asing/" + subject + "\"")
                .contains("href=\"/orang-asing/" + onlyElsewhere + "\"");
        assertThat(nationalList.replaceAll("\\s+", " ")).contains("<td class=\"text-end\">3</td>");
    }

    @Test
    void officersGetMergeCandidatesAfterThePageOnlyFromTheirJurisdictionAndTheViewIsAudited() throws Exception {
        String officer = account("OFFICER", district);
        String name = "Wojciech Szczepanski";
        long subject =
                sightings.subjectOf(sightings.save(person(reporter, village, name, "PL", "M" + System.nanoTime())));
        long sameHere = sightings.subjectOf(
                sightings.save(person(reporter, village, name + "i", "PL", "K" + System.nanoTime())));
        long sameElsewhere = sightings.subjectOf(
                sightings.save(person(reporterElsewhere, elsewhere[1], name, "PL", "J" + System.nanoTime())));

        assertThat(page("/orang-asing/" + subject, officer))
                .contains("hx-get=\"/orang-asing/" + subject + "/kemungkinan-sama\"")
                .doesNotContain("href=\"/orang-asing/" + sameHere + "\"");
        assertThat(page("/orang-asing/" + subject + "/kemungkinan-sama", officer))
                .contains("href=\"/orang-asing/" + sameHere + "\"")
                .doesNotContain("href=\"/orang-asing/" + sameElsewhere + "\"")
                .contains("name=\"otherId\" value=\"" + sameHere + "\"");
        assertThat(auditRows("VIEW", "SUBJECT", sameHere, officer)).isEqualTo(1);

        mvc.perform(get("/orang-asing/" + subject + "/kemungkinan-sama").with(accounts.as(reporter)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orang-asing/" + sameElsewhere + "/kemungkinan-sama").with(accounts.as(officer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNavigationLeadsReportersAndOfficersToTheList() throws Exception {
        assertThat(page("/", reporter)).contains("href=\"/orang-asing\"");
        assertThat(page("/", accounts.create("ADMIN"))).doesNotContain("href=\"/orang-asing\"");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(accounts.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
