package id.timpora.report;

/**
 * Published inside the transaction that moved a report along its workflow (verified, rejected, returned to review,
 * followed up, done), after the report's row and its history row are written.
 */
public record ReportStatusChanged(long reportId, long reporterId, ReportStatus from, ReportStatus to, long actorId) {}
