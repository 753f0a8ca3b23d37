package id.timpora.report;

import id.timpora.common.Labelled;

/** What the subject was doing; several may apply. Labels under {@code report.activity.*}. */
public enum Activity implements Labelled {
    WISATA,
    BEKERJA,
    JURNALISTIK,
    PENELITIAN,
    LSM_ORMAS_ASING,
    KEAGAMAAN,
    PENDIDIKAN,
    BISNIS,
    KELUARGA,
    POLITIK_KAMPANYE,
    PENGUNGSI,
    AWAK_KAPAL,
    LAINNYA;

    @Override
    public String messageKey() {
        return "report.activity." + name();
    }
}
