package id.timpora.meeting;

import id.timpora.report.ReportStatus;
import java.time.Instant;

/** A report found while picking the reports a meeting discussed. */
public record ReportChoice(long id, String fullName, String nationality, Instant observedAt, ReportStatus status) {}
