package id.timpora.report;

import id.timpora.common.Labelled;

/** The sex of the subject as observed. Labels under {@code report.sex.*}. */
public enum Sex implements Labelled {
    LAKI_LAKI,
    PEREMPUAN,
    TIDAK_DIKETAHUI;

    @Override
    public String messageKey() {
        return "report.sex." + name();
    }
}
