package id.timpora.report;

import id.timpora.common.Labelled;

/** Where the information came from. Labels under {@code report.source.*}. */
public enum ReportSource implements Labelled {
    PATROLI,
    LAPORAN_MASYARAKAT,
    APOA,
    PERUSAHAAN_SPONSOR,
    INSTANSI_LAIN,
    MEDIA,
    OPERASI_GABUNGAN,
    /** Logged by a village contact person of a desa binaan (#14). */
    LAPORAN_DESA,
    /** A post on social media (#19): its link and platform are kept on the report, a screenshot as attachment. */
    MEDIA_SOSIAL;

    @Override
    public String messageKey() {
        return "report.source." + name();
    }
}
