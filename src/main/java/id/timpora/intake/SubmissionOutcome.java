package id.timpora.intake;

import id.timpora.common.Labelled;

/** What became of one send of the public form, for administrators investigating abuse. */
public enum SubmissionOutcome implements Labelled {
    /** Saved as a public report. */
    DITERIMA,
    /** Refused for its content: honeypot, wrong or missing answer, bad input, the same report again. */
    DITOLAK,
    /** Refused by a limit: too many sends, this client's or everyone's hourly number of reports. */
    DIBATASI;

    @Override
    public String messageKey() {
        return "intake.submission.outcome." + name();
    }
}
