package id.timpora.report;

import id.timpora.common.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a report: {@code BARU → DITELAAH → TERVERIFIKASI | DITOLAK → TINDAK_LANJUT → SELESAI}. Only officers
 * move a report beyond BARU; the server refuses every transition not listed here.
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

    @Override
    public String messageKey() {
        return "report.status." + name();
    }
}
