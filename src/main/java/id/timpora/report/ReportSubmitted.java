package id.timpora.report;

/**
 * Published inside the transaction that logged a new report, after its row is flushed, so that listeners (the
 * notifications: officers have a report waiting for review, watched searches match) act atomically with it.
 */
public record ReportSubmitted(long reportId, String regionCode, long actorId) {}
