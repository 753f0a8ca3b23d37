package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.account.CurrentUser;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportService;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportSubjects;
import id.timpora.report.Sex;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * The seam between the report feature and the registry: the report service hands the registry a written row, and the
 * report feature alone writes which subject a report belongs to.
 */
class ReportSubjectsTest extends SubjectTestBase {

    @Autowired
    ReportService reportService;

    @Autowired
    ReportSubjects reportSubjects;

    @Autowired
    UserDetailsService users;

    @Test
    void aPassportCorrectedThroughTheReportServiceTakesTheReportToItsSubject() {
        CurrentUser reporter = (CurrentUser) users.loadUserByUsername(account("REPORTER", district));
        String wrong = "W" + System.nanoTime();
        String right = "R" + System.nanoTime();

        long report = reportService.create(reporter, sighting(wrong));
        Long wrongSubject = sightings.subjectOf(report);
        reportService.update(reporter, report, 0, sighting(right));

        assertThat(wrongSubject).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select s.passport_number from report r join subject s on s.id = r.subject_id where r.id = ?",
                        String.class,
                        report))
                .isEqualTo(right);
        assertThat(jdbc.queryForList("select id from subject where id = ?", Long.class, wrongSubject))
                .isEmpty();
    }

    @Test
    void theLinkIsWrittenOnlyInsideTheCallersTransactionAndLeavesTheReportsVersion() {
        String reporter = account("REPORTER", district);
        long report = sightings.save(person(reporter, village, "Le Thi Hoa", "VN", "L" + System.nanoTime()));
        long other = sightings.save(person(reporter, village, "Pham Van Minh", "VN", "M" + System.nanoTime()));
        Long otherSubject = sightings.subjectOf(other);
        int version = jdbc.queryForObject("select version from report where id = ?", Integer.class, report);

        assertThatThrownBy(() -> reportSubjects.link(report, otherSubject))
                .isInstanceOf(IllegalTransactionStateException.class);
        transaction.executeWithoutResult(status -> reportSubjects.link(report, otherSubject));
        assertThat(sightings.subjectOf(report)).isEqualTo(otherSubject);
        transaction.executeWithoutResult(status -> reportSubjects.unlink(report));
        assertThat(sightings.subjectOf(report)).isNull();
        assertThat(jdbc.queryForObject("select version from report where id = ?", Integer.class, report))
                .isEqualTo(version);
    }

    private ReportData sighting(String passport) {
        return new ReportData(
                "Tran Van Nam",
                "VN",
                Sex.LAKI_LAKI,
                null,
                30,
                passport,
                PermitType.TIDAK_DIKETAHUI,
                null,
                null,
                null,
                null,
                Instant.now().minus(1, ChronoUnit.HOURS),
                village,
                null,
                null,
                null,
                PlaceType.PENGINAPAN,
                Set.of(Activity.WISATA),
                Set.of(),
                ReportSource.PATROLI,
                null,
                null,
                null);
    }
}
