package id.timpora.notification;

import id.timpora.common.Labelled;

/** What a notification is about; each can be chosen for e-mail in the preferences. */
public enum NotificationKind implements Labelled {
    /** My report's status changed (reporter). */
    REPORT_STATUS,
    /** My report was followed up (reporter). */
    REPORT_FOLLOW_UP,
    /** New reports wait for review in my jurisdiction (officers; one notification counts them, mails are batched). */
    REVIEW_WAITING,
    /** My agency was given an action item. */
    ACTION_ITEM,
    /** My agency's open action item falls due within two days (once per item, by the hourly reminder job). */
    ACTION_ITEM_DUE,
    /** My agency's action item passed its due date and is still open (once per item). */
    ACTION_ITEM_OVERDUE,
    MEETING_INVITED,
    MEETING_CHANGED,
    MEETING_CANCELLED,
    /** A new report matches a search I watch. */
    SAVED_SEARCH_MATCH,
    /**
     * Reports from the public wait for triage in my jurisdiction (officers and Kesbangpol reporters; one notification
     * counts them, mails are batched).
     */
    PUBLIC_WAITING,
    /**
     * Lodgings in my jurisdiction told of guests more than 24 hours after check-in (officers and Kesbangpol reporters;
     * one notification counts them, mails are batched).
     */
    PARTNER_LATE,
    /**
     * Stay permits of people living in my jurisdiction (the immigration office's roster) expire within 30 days
     * (officers and Kesbangpol reporters; counted once per permit by the daily job, mails are batched).
     */
    PERMIT_EXPIRING;

    @Override
    public String messageKey() {
        return "notification.kind." + name();
    }

    String textKey() {
        return "notification.text." + name();
    }

    /** Mailed in the next batch run rather than at once, so a busy day is one mail, not one per report. */
    boolean batched() {
        return this == REVIEW_WAITING || this == PUBLIC_WAITING || this == PARTNER_LATE || this == PERMIT_EXPIRING;
    }

    /** Mailed with the meeting's calendar file. */
    boolean meeting() {
        return this == MEETING_INVITED || this == MEETING_CHANGED || this == MEETING_CANCELLED;
    }
}
