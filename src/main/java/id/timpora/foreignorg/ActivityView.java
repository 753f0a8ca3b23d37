package id.timpora.foreignorg;

import id.timpora.organisation.OrganisationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One activity of a foreign organisation with its checklist and decision, and what the viewer may do with it. */
public record ActivityView(
        long id,
        long organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        String title,
        String purpose,
        LocalDate startsOn,
        LocalDate endsOn,
        String fundingSource,
        String fundingAmount,
        String partnerName,
        ActivityStatus status,
        String decisionReason,
        String decidedByName,
        String decidedAgencyName,
        Instant decidedAt,
        List<Region> regions,
        Map<ChecklistItem, Check> checks,
        int version,
        boolean mayCheck,
        boolean mayDecide) {

    public record Region(String code, String label) {}

    public record Check(boolean fulfilled, String note, String checkedBy, String agencyName, Instant checkedAt) {}

    public List<String> regionCodes() {
        return regions.stream().map(Region::code).toList();
    }

    /** Every item of the checklist has been checked (fulfilled or not). */
    public boolean checklistComplete() {
        return checks.keySet().containsAll(Arrays.asList(ChecklistItem.values()));
    }

    public boolean allFulfilled() {
        return checklistComplete() && checks.values().stream().allMatch(Check::fulfilled);
    }

    public List<ChecklistItem> items() {
        return List.of(ChecklistItem.values());
    }
}
