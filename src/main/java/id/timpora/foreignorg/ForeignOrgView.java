package id.timpora.foreignorg;

import id.timpora.organisation.Organisation;
import id.timpora.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One foreign organisation's page: the organisation, its local partners, people, activities, the reports linked to it
 * inside the viewer's report scope, and its journalists' permits. People, reports and permits are empty for viewers
 * who see no personal data (administrators).
 */
public record ForeignOrgView(
        Organisation organisation,
        String regionLabel,
        List<Partner> partners,
        List<Person> people,
        List<ActivityRow> activities,
        List<LinkedReport> reports,
        List<Permit> permits) {

    public record Row(
            long id, String kind, String name, String countryCode, String place, long activities, long pending) {}

    public record Partner(long id, String name, LocalPartnerKind kind, String place, String contact) {}

    public record Person(long subjectId, String fullName, String nationality, PersonRole role, String note) {}

    public record ActivityRow(
            long id, String title, LocalDate startsOn, LocalDate endsOn, ActivityStatus status, String regions) {}

    public record LinkedReport(long id, Instant observedAt, String fullName, String nationality, ReportStatus status) {}

    public record Permit(
            long id,
            long subjectId,
            String subjectName,
            String outletName,
            String visa,
            String pressPermitNumber,
            LocalDate validFrom,
            LocalDate validUntil,
            String topic,
            List<String> regionCodes) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validUntil);
        }
    }

    public List<Person> journalists() {
        return people.stream().filter(p -> p.role() == PersonRole.JURNALIS).toList();
    }
}
