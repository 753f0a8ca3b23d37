package id.timpora.intake;

/**
 * A report from the public arrived and waits for triage in its desa's jurisdiction; published inside the saving
 * transaction, so whoever listens (the notification room) writes in the same commit or not at all.
 */
public record PublicReportReceived(long publicReportId, String regionCode) {}
