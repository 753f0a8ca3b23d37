package id.timpora.intake;

import id.timpora.common.Labelled;

/** Why a send of the public form ended as it did. */
public enum SubmissionReason implements Labelled {
    SAVED(SubmissionOutcome.DITERIMA),
    HONEYPOT(SubmissionOutcome.DITOLAK),
    WRONG_ANSWER(SubmissionOutcome.DITOLAK),
    TOO_FAST(SubmissionOutcome.DITOLAK),
    FORM_EXPIRED(SubmissionOutcome.DITOLAK),
    INVALID(SubmissionOutcome.DITOLAK),
    DUPLICATE(SubmissionOutcome.DITOLAK),
    /** The first send past the per-node flood limit of a window (later ones in the window are not recorded). */
    FLOOD(SubmissionOutcome.DIBATASI),
    CLIENT_LIMIT(SubmissionOutcome.DIBATASI),
    GLOBAL_LIMIT(SubmissionOutcome.DIBATASI);

    private final SubmissionOutcome outcome;

    SubmissionReason(SubmissionOutcome outcome) {
        this.outcome = outcome;
    }

    public SubmissionOutcome outcome() {
        return outcome;
    }

    @Override
    public String messageKey() {
        return "intake.submission.reason." + name();
    }
}
