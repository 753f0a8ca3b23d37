package id.timpora.report;

import id.timpora.common.Labelled;

/** Why a report was rejected. Labels under {@code report.rejection.*}. */
public enum RejectionReason implements Labelled {
    TIDAK_VALID,
    DUPLIKAT,
    LAINNYA;

    @Override
    public String messageKey() {
        return "report.rejection." + name();
    }
}
