package id.timpora.partner;

/**
 * What recording a notice did: {@code created} is false when the same stay (organisation, kind, nationality,
 * normalised passport, check-in/start date) was already known, in which case nothing was saved and the ids are the
 * existing notice's.
 */
public record NoticeResult(long noticeId, long reportId, String receiptNumber, boolean created, boolean late) {}
