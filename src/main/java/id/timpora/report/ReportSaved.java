package id.timpora.report;

/**
 * Published inside the transaction that created or changed a report's subject fields, so that listeners (the
 * foreign-national registry links reports to subjects) act atomically with the save. The report's row is already
 * written when it arrives: a listener reads it in SQL and never needs to flush anything.
 */
public record ReportSaved(long reportId, String nationality, String passportNumber) {}
