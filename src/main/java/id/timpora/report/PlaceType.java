package id.timpora.report;

import id.timpora.common.Labelled;

/** Where the subject was seen. Labels under {@code report.place.*}. */
public enum PlaceType implements Labelled {
    PENGINAPAN,
    TEMPAT_KERJA,
    TEMPAT_IBADAH,
    KAMPUS_SEKOLAH,
    RUMAH_TINGGAL,
    KAPAL,
    TEMPAT_UMUM,
    LAINNYA;

    @Override
    public String messageKey() {
        return "report.place." + name();
    }
}
