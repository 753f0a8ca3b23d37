package id.timpora.report;

/** An officer's request to move a report on; rejection needs a reason, a duplicate needs the report it repeats. */
public record StatusChange(
        ReportStatus target, String note, RejectionReason rejectionReason, Long duplicateOfId, int expectedVersion) {}
