package id.timpora.report;

import id.timpora.common.Labelled;

/** What may be wrong; several may apply. Labels under {@code report.indication.*}. */
public enum Indication implements Labelled {
    OVERSTAY,
    PENYALAHGUNAAN_IZIN,
    TKA_ILEGAL,
    TPPO,
    NARKOTIKA,
    PEMILU,
    JURNALIS_TANPA_IZIN,
    ORMAS_ASING_TANPA_IZIN,
    TIDAK_ADA,
    LAINNYA;

    @Override
    public String messageKey() {
        return "report.indication." + name();
    }
}
