package id.timpora.report;

import id.timpora.common.Labelled;

/** What was done about a verified report. Labels under {@code report.followUp.*}. */
public enum FollowUpType implements Labelled {
    KLARIFIKASI,
    OPERASI_GABUNGAN,
    DEPORTASI,
    DETENSI,
    PEMBATASAN_IZIN,
    PEMBATALAN_IZIN,
    PENANGKALAN,
    BIAYA_BEBAN,
    RUJUKAN,
    TIDAK_PERLU_TINDAKAN;

    @Override
    public String messageKey() {
        return "report.followUp." + name();
    }
}
