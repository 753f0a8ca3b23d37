package id.timpora.report;

import id.timpora.common.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a report: {@code BARU → DITELAAH → TERVERIFIKASI | DITOLAK → TINDAK_LANJUT → SELESAI}. Only officers
 * move a report beyond BARU; the server refuses every transition not listed here. A verification can be taken back
 * while nothing has followed it ({@link #canReturnToReview()}).
 */
public enum ReportStatus implements Labelled {
    BARU,
    DITELAAH,
    TERVERIFIKASI,
    DITOLAK,
    TINDAK_LANJUT,
    SELESAI;

    public Set<ReportStatus> next() {
        return switch (this) {
            case BARU -> EnumSet.of(DITELAAH);
            case DITELAAH -> EnumSet.of(TERVERIFIKASI, DITOLAK);
            case TERVERIFIKASI -> EnumSet.of(TINDAK_LANJUT);
            case TINDAK_LANJUT -> EnumSet.of(SELESAI);
            case DITOLAK, SELESAI -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** Follow-ups are recorded on verified reports and while they are being followed up. */
    public boolean acceptsFollowUps() {
        return this == TERVERIFIKASI || this == TINDAK_LANJUT;
    }

    /**
     * A verification can be taken back (with a reason) while nothing has followed it: TERVERIFIKASI returns to
     * DITELAAH. It is not one of {@link #next()}, which are the workflow's steps forward.
     */
    public boolean canReturnToReview() {
        return this == TERVERIFIKASI;
    }

    /** Steps that are hard to take back, which the page asks to confirm. */
    public boolean needsConfirmation() {
        return this == TERVERIFIKASI || this == DITOLAK || this == SELESAI;
    }

    @Override
    public String messageKey() {
        return "report.status." + name();
    }
}
