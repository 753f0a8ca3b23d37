package id.timpora.report;

/**
 * Published inside the transaction that created or changed a report's subject fields, so that listeners (the
 * foreign-national registry links reports to subjects) act atomically with the save.
 */
public record ReportSaved(long reportId, String nationality, String passportNumber) {}
