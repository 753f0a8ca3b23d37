package id.timpora.report;

/** Published inside the transaction that recorded a follow-up of a report, after its row is written. */
public record ReportFollowedUp(long reportId, long reporterId, long followUpId, FollowUpType type, long actorId) {}
