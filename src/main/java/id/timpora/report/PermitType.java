package id.timpora.report;

import id.timpora.common.Labelled;

/** The stay permit (izin tinggal) the subject holds, as far as known. Labels under {@code report.permit.*}. */
public enum PermitType implements Labelled {
    BEBAS_VISA,
    VISA_ON_ARRIVAL,
    VISA_KUNJUNGAN,
    ITK,
    ITAS,
    ITAP,
    DIPLOMATIK_DINAS,
    TANPA_IZIN,
    TIDAK_DIKETAHUI;

    @Override
    public String messageKey() {
        return "report.permit." + name();
    }
}
