package id.timpora.intake;

import id.timpora.common.Labelled;

/**
 * Where a public report stands: waiting for triage, accepted (a normal report now exists), a duplicate of a report, or
 * rejected. The sender sees only this and the officer's public note. Labels under {@code intake.status.*}.
 */
public enum PublicReportStatus implements Labelled {
    MENUNGGU,
    DITERIMA,
    DUPLIKAT,
    DITOLAK;

    @Override
    public String messageKey() {
        return "intake.status." + name();
    }
}
