package id.timpora.subject;

import id.timpora.common.Labelled;

/** An officer's judgement on two persons the registry suggested as one. Labels under {@code subject.verdict.*}. */
public enum Verdict implements Labelled {
    /** The same person: they were merged. */
    SAMA,
    /** Not the same person: kept apart, never suggested again. */
    BUKAN_SAMA;

    @Override
    public String messageKey() {
        return "subject.verdict." + name();
    }
}
