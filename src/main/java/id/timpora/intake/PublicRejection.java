package id.timpora.intake;

import id.timpora.common.Labelled;

/** Why a public report was rejected. Labels under {@code intake.rejection.*}. */
public enum PublicRejection implements Labelled {
    SPAM,
    TIDAK_RELEVAN;

    @Override
    public String messageKey() {
        return "intake.rejection." + name();
    }
}
