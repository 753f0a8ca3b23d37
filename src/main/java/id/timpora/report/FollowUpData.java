package id.timpora.report;

import java.time.LocalDate;

/** A follow-up (tindak lanjut) of a verified report. */
public record FollowUpData(FollowUpType type, Long responsibleAgencyId, LocalDate actionDate, String outcome) {}
