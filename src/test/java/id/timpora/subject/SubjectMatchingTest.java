package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Better person matching (#15 item 5): "not the same person" is remembered and never suggested again, a merge is undone
 * exactly (reports, the absorbed person's fields, passports, subject_area), a refused undo says why, and a further
 * passport makes new reports join the person. Every route checks role and jurisdiction.
 */
class SubjectMatchingTest extends SubjectTestBase {

    String officer;
    String reporter;

    @BeforeEach
    void accounts() {
        officer = account("OFFICER", district);
        reporter = account("REPORTER", district);
    }

    @Test
    void aPairJudgedNotTheSamePersonIsNeverSuggestedAgainAndShowsOnBothPages() throws Exception {
        long a = sightings.subjectOf(sightings.save(person(reporter, village, "Ivan Ivanov", "RU", passport())));
        long b = sightings.subjectOf(sightings.save(person(reporter, village, "Ivan Ivanof", "RU", passport())));
        String nationalOfficer = nationalAccount("OFFICER");
        mvc.perform(get("/orang-asing/" + a + "/kemungkinan-sama").with(accounts.as(officer)))
                .andExpect(content().string(containsString("/orang-asing/" + b + "\"")))
                .andExpect(content().string(containsString("/orang-asing/" + a + "/bukan-sama")));

        mvc.perform(post("/orang-asing/" + b + "/bukan-sama")
                        .param("otherId", String.valueOf(a))
                        .param("note", "Ayah berbeda, dicek di Kanim")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orang-asing/" + b))
                .andExpect(flash().attribute("flashSuccess", "subject.judgement.keptApart"));

        // Stored once, the lower id first, whichever page it was judged from.
        assertThat(jdbc.queryForList(
                        "select low_subject_id, high_subject_id, verdict, note from subject_judgement"
                                + " where low_subject_id in (?, ?) or high_subject_id in (?, ?)",
                        a,
                        b,
                        a,
                        b))
                .containsExactly(Map.of(
                        "low_subject_id",
                        Math.min(a, b),
                        "high_subject_id",
                        Math.max(a, b),
                        "verdict",
                        "BUKAN_SAMA",
                        "note",
                        "Ayah berbeda, dicek di Kanim"));
        for (String viewer : List.of(officer, nationalOfficer)) {
            for (long[] pair : new long[][] {{a, b}, {b, a}}) {
                mvc.perform(get("/orang-asing/" + pair[0] + "/kemungkinan-sama").with(accounts.as(viewer)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("/orang-asing/" + pair[1] + "\""))));
            }
        }
        // Both pages show the judgement, also to a reporter who may see them.
        for (long[] pair : new long[][] {{a, b}, {b, a}}) {
            mvc.perform(get("/orang-asing/" + pair[0]).with(accounts.as(reporter)))
                    .andExpect(content().string(containsString("id=\"judgement-" + pair[1] + "\"")))
                    .andExpect(content().string(containsString("Bukan orang yang sama")))
                    .andExpect(content().string(containsString("Ayah berbeda, dicek di Kanim")));
        }
        assertThat(auditRows("JUDGE", "SUBJECT", a, officer)).isEqualTo(1);
        assertThat(auditRows("JUDGE", "SUBJECT", b, officer)).isEqualTo(1);
        // Judging it again replaces the judgement instead of adding one.
        mvc.perform(post("/orang-asing/" + a + "/bukan-sama")
                .param("otherId", String.valueOf(b))
                .with(accounts.as(officer))
                .with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_judgement where low_subject_id = ? and high_subject_id = ?",
                        Integer.class,
                        Math.min(a, b),
                        Math.max(a, b)))
                .isEqualTo(1);
    }

    @Test
    void aMergeUndoneRestoresReportsFieldsPassportsAndAreaRowsExactly() throws Exception {
        String[] elsewhere = elsewhere();
        String reporterElsewhere = account("REPORTER", elsewhere[0]);
        String keptPassport = passport();
        String otherPassport = passport();
        long keptReport = sightings.save(person(reporter, village, "Maria Santos", "PH", keptPassport)
                .set("observed_at", Instant.parse("2026-01-01T03:00:00Z")));
        long kept = sightings.subjectOf(keptReport);
        long otherHere = sightings.save(person(reporter, village, "Maria Santos", "PH", otherPassport)
                .set("observed_at", Instant.parse("2026-02-01T03:00:00Z"))
                .set("birth_date", LocalDate.parse("1990-05-06"))
                .set("sex", "PEREMPUAN"));
        long other = sightings.subjectOf(otherHere);
        long otherElsewhere =
                sightings.save(person(reporterElsewhere, elsewhere[1], "Maria Santos", "PH", otherPassport)
                        .set("observed_at", Instant.parse("2026-03-01T03:00:00Z"))
                        .set("permit_type", "ITAS")
                        .set("permit_number", "2C11AB1234")
                        .set("permit_expiry", LocalDate.parse("2026-02-15")));
        String otherOlderPassport = passport();
        mvc.perform(post("/orang-asing/" + other + "/paspor")
                        .param("nationality", "PH")
                        .param("passportNumber", otherOlderPassport)
                        .param("seenOn", "01/02/2020")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "subject.passport.added"));
        long[] subjects = {kept, other};
        long[] reportIds = {keptReport, otherHere, otherElsewhere};
        Snapshot before = snapshot(subjects, reportIds);
        assertThat(before.areas()).hasSizeGreaterThanOrEqualTo(4);

        mvc.perform(post("/orang-asing/" + kept + "/gabung")
                        .param("otherId", String.valueOf(other))
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "subject.merged"));
        // The renewal case: the kept person carries both passports (and the other's further one).
        assertThat(jdbc.queryForList(
                        "select passport_number from subject_passport where subject_id = ? order by passport_number",
                        String.class,
                        kept))
                .containsExactlyInAnyOrder(otherPassport, otherOlderPassport);
        assertThat(jdbc.queryForObject("select birth_date from subject where id = ?", LocalDate.class, kept))
                .isEqualTo(LocalDate.parse("1990-05-06"));
        assertThat(jdbc.queryForObject("select count(*) from subject_area where subject_id = ?", Integer.class, other))
                .isZero();
        assertThat(snapshot(subjects, reportIds)).isNotEqualTo(before);
        long merge = jdbc.queryForObject(
                "select id from subject_merge where kept_subject_id = ? and absorbed_subject_id = ?",
                Long.class,
                kept,
                other);
        mvc.perform(get("/orang-asing/" + kept).with(accounts.as(officer)))
                .andExpect(content().string(containsString("id=\"merge-" + merge + "\"")))
                .andExpect(content().string(containsString(otherPassport)));

        mvc.perform(post("/orang-asing/" + kept + "/penggabungan/" + merge + "/batalkan")
                        .param("keepApart", "true")
                        .param("note", "Salah gabung")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orang-asing/" + kept))
                .andExpect(flash().attribute("flashSuccess", "subject.merge.undone"));

        assertThat(snapshot(subjects, reportIds)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select verdict from subject_judgement where low_subject_id = ? and high_subject_id = ?",
                        String.class,
                        Math.min(kept, other),
                        Math.max(kept, other)))
                .isEqualTo("BUKAN_SAMA");
        assertThat(auditRows("UNMERGE", "SUBJECT", kept, officer)).isEqualTo(1);
        // The passports lead to their own person again.
        assertThat(sightings.subjectOf(sightings.save(person(reporter, village, "Maria Santos", "PH", otherPassport))))
                .isEqualTo(other);
        assertThat(sightings.subjectOf(
                        sightings.save(person(reporter, village, "Maria Santos", "PH", otherOlderPassport))))
                .isEqualTo(other);
        // Undone once: a second time is refused, saying so.
        mvc.perform(post("/orang-asing/" + kept + "/penggabungan/" + merge + "/batalkan")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "subject.error.undoDone"));
        mvc.perform(get("/orang-asing/" + kept).with(accounts.as(officer)))
                .andExpect(content().string(not(containsString("id=\"merge-" + merge + "\""))));
    }

    @Test
    void anUndoIsRefusedWhenAMovedReportWasMovedAgainSince() throws Exception {
        long kept = sightings.subjectOf(sightings.save(person(reporter, village, "Chen Wei", "CN", passport())));
        long movedReport = sightings.save(person(reporter, village, "Chen Wei", "CN", passport()));
        long other = sightings.subjectOf(movedReport);
        mvc.perform(post("/orang-asing/" + kept + "/gabung")
                .param("otherId", String.valueOf(other))
                .with(accounts.as(officer))
                .with(csrf()));
        long merge = jdbc.queryForObject(
                "select id from subject_merge where kept_subject_id = ? and absorbed_subject_id = ?",
                Long.class,
                kept,
                other);
        mvc.perform(post("/orang-asing/laporan/" + movedReport + "/lepas")
                .with(accounts.as(officer))
                .with(csrf()));

        mvc.perform(post("/orang-asing/" + kept + "/penggabungan/" + merge + "/batalkan")
                        .param("keepApart", "true")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "subject.error.undoReportMoved"))
                .andExpect(flash().attribute("flashArgs", new Object[] {movedReport}));

        assertThat(jdbc.queryForList("select id from subject where id = ?", Long.class, other))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select undone_at is null from subject_merge where id = ?", Boolean.class, merge))
                .isTrue();
        assertThat(sightings.subjectOf(movedReport)).isNull();
    }

    @Test
    void aMergeIsJudgedTheSamePersonAndAnUndoTheOfficerUntickedLeavesThePairOpen() throws Exception {
        long kept = sightings.subjectOf(sightings.save(person(reporter, village, "Akira Yamada", "JP", passport())));
        long other = sightings.subjectOf(sightings.save(person(reporter, village, "Akira Yamada", "JP", passport())));
        mvc.perform(post("/orang-asing/" + kept + "/gabung")
                .param("otherId", String.valueOf(other))
                .with(accounts.as(officer))
                .with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select verdict from subject_judgement where low_subject_id = ? and high_subject_id = ?",
                        String.class,
                        Math.min(kept, other),
                        Math.max(kept, other)))
                .isEqualTo("SAMA");
        mvc.perform(get("/orang-asing/" + kept).with(accounts.as(reporter)))
                .andExpect(content().string(containsString("id=\"judgement-" + other + "\"")))
                .andExpect(content().string(containsString("digabungkan ke orang ini")));
        long merge = jdbc.queryForObject("select id from subject_merge where kept_subject_id = ?", Long.class, kept);

        // The form's marker without the ticked box: the officer chose not to record "not the same person".
        mvc.perform(post("/orang-asing/" + kept + "/penggabungan/" + merge + "/batalkan")
                        .param("_keepApart", "on")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "subject.merge.undone"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_judgement where low_subject_id = ? and high_subject_id = ?",
                        Integer.class,
                        Math.min(kept, other),
                        Math.max(kept, other)))
                .isZero();
        mvc.perform(get("/orang-asing/" + kept + "/kemungkinan-sama").with(accounts.as(officer)))
                .andExpect(content().string(containsString("/orang-asing/" + other + "\"")));
    }

    @Test
    void aFurtherPassportMakesANewReportWithItJoinThePerson() throws Exception {
        long subject = sightings.subjectOf(sightings.save(person(reporter, village, "Lee Min-ho", "KR", passport())));
        String renewed = "m" + System.nanoTime();

        mvc.perform(post("/orang-asing/" + subject + "/paspor")
                        .param("nationality", "KR")
                        .param("passportNumber", " " + renewed + " ")
                        .param("seenOn", "03/04/2026")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/orang-asing/" + subject + "#passports"));

        assertThat(jdbc.queryForMap(
                        "select passport_number, seen_on from subject_passport where subject_id = ?", subject))
                .containsEntry("passport_number", renewed.toUpperCase())
                .containsEntry("seen_on", java.sql.Date.valueOf("2026-04-03"));
        long later = sightings.save(person(reporter, village, "Lee Min Ho", "KR", renewed.toUpperCase()));
        assertThat(sightings.subjectOf(later)).isEqualTo(subject);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject where passport_number = ?", Integer.class, renewed.toUpperCase()))
                .isZero();
        mvc.perform(get("/orang-asing/" + subject).with(accounts.as(reporter)))
                .andExpect(content().string(containsString(renewed.toUpperCase())))
                .andExpect(content().string(not(containsString("id=\"passportForm\""))));
        assertThat(auditRows("LINK", "SUBJECT", subject, officer)).isEqualTo(1);
    }

    @Test
    void badPassportInputIsShownBesideTheFieldAndSavesNothing() throws Exception {
        String taken = passport();
        long subject = sightings.subjectOf(sightings.save(person(reporter, village, "Anna Berg", "SE", passport())));
        sightings.save(person(reporter, village, "Other Person", "SE", taken));

        mvc.perform(post("/orang-asing/" + subject + "/paspor")
                        .param("nationality", "SE")
                        .param("passportNumber", "  ")
                        .param("seenOn", "31/02/2026")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-error-summary")))
                .andExpect(content().string(containsString("id=\"passportNumber-error\"")))
                .andExpect(content().string(containsString("Isi nomor paspor.")))
                .andExpect(content().string(containsString("id=\"seenOn-error\"")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        mvc.perform(post("/orang-asing/" + subject + "/paspor")
                        .param("nationality", "ZZ")
                        .param("passportNumber", "X1234567")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nationality-error\"")))
                .andExpect(content().string(containsString("Pilih kewarganegaraan paspor dari daftar.")))
                .andExpect(content().string(containsString("value=\"X1234567\"")));
        mvc.perform(post("/orang-asing/" + subject + "/paspor")
                        .param("nationality", "SE")
                        .param("passportNumber", taken)
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-error-summary")))
                .andExpect(content().string(containsString("id=\"passportNumber-error\"")))
                .andExpect(content().string(containsString("sudah milik orang lain")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_passport where subject_id = ?", Integer.class, subject))
                .isZero();
    }

    @Test
    void onlyOfficersWhoSeeThePersonMayJudgeUndoOrLinkAPassport() throws Exception {
        long a = sightings.subjectOf(sightings.save(person(reporter, village, "Tom Smith", "GB", passport())));
        long b = sightings.subjectOf(sightings.save(person(reporter, village, "Tom Smyth", "GB", passport())));
        long c = sightings.subjectOf(sightings.save(person(reporter, village, "Tom Smithe", "GB", passport())));
        mvc.perform(post("/orang-asing/" + a + "/gabung")
                .param("otherId", String.valueOf(c))
                .with(accounts.as(officer))
                .with(csrf()));
        long merge = jdbc.queryForObject("select id from subject_merge where kept_subject_id = ?", Long.class, a);
        String[] elsewhere = elsewhere();
        String officerElsewhere = account("OFFICER", elsewhere[0]);
        long there = sightings.subjectOf(
                sightings.save(person(account("REPORTER", elsewhere[0]), elsewhere[1], "Tom Smith", "GB", passport())));
        String admin = accounts.create("ADMIN");

        String[] paths = {
            "/orang-asing/" + a + "/bukan-sama?otherId=" + b,
            "/orang-asing/" + a + "/penggabungan/" + merge + "/batalkan?keepApart=true",
            "/orang-asing/" + a + "/paspor?nationality=GB&passportNumber=ZX998877"
        };
        for (String path : paths) {
            mvc.perform(post(path).with(accounts.as(officerElsewhere)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path).with(accounts.as(reporter)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).with(accounts.as(admin)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith("/login")));
        }
        // A person seen only elsewhere is 404 from this officer too, as the other of a pair.
        mvc.perform(post("/orang-asing/" + a + "/bukan-sama")
                        .param("otherId", String.valueOf(there))
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // Another person's merge id on this person's URL is 404.
        mvc.perform(post("/orang-asing/" + b + "/penggabungan/" + merge + "/batalkan")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_judgement where low_subject_id in (?, ?, ?) and verdict = 'BUKAN_SAMA'",
                        Integer.class,
                        a,
                        b,
                        there))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select undone_at is null from subject_merge where id = ?", Boolean.class, merge))
                .isTrue();
        // The merge gave a the other's passport as a further one; none of the refused posts added one.
        assertThat(jdbc.queryForList(
                        "select passport_number from subject_passport where subject_id = ?", String.class, a))
                .hasSize(1)
                .doesNotContain("ZX998877");
    }

    /** The registry's state of these people and reports, as SQL sees it. */
    private Snapshot snapshot(long[] subjects, long[] reportIds) {
        Long[] ids = java.util.Arrays.stream(subjects).boxed().toArray(Long[]::new);
        Long[] reports = java.util.Arrays.stream(reportIds).boxed().toArray(Long[]::new);
        return new Snapshot(
                jdbc.queryForList("select id, subject_id from report where id = any(?) order by id", (Object) reports),
                jdbc.queryForList(
                        """
                        select id, full_name, nationality, sex, birth_date, passport_number, permit_type,
                               permit_number, permit_expiry, last_seen_at, created_at
                          from subject where id = any(?) order by id""",
                        (Object) ids),
                jdbc.queryForList(
                        """
                        select area_code, subject_id, reports, last_seen_at, permit_type, permit_number,
                               permit_expiry, overstay
                          from subject_area where subject_id = any(?) order by subject_id, area_code""",
                        (Object) ids),
                jdbc.queryForList(
                        """
                        select id, subject_id, nationality, passport_number, seen_on from subject_passport
                         where subject_id = any(?) order by id""",
                        (Object) ids));
    }

    private record Snapshot(
            List<Map<String, Object>> reports,
            List<Map<String, Object>> subjects,
            List<Map<String, Object>> areas,
            List<Map<String, Object>> passports) {}

    private static String passport() {
        return "M" + System.nanoTime();
    }
}
