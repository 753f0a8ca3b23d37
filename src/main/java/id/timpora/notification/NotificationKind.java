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
    MEETING_INVITED,
    MEETING_CHANGED,
    MEETING_CANCELLED,
    /** A new report matches a search I watch. */
    SAVED_SEARCH_MATCH;

    @Override
    public String messageKey() {
        return "notification.kind." + name();
    }

    String textKey() {
        return "notification.text." + name();
    }

    /** Mailed in the next batch run rather than at once, so a busy day is one mail, not one per report. */
    boolean batched() {
        return this == REVIEW_WAITING;
    }

    /** Mailed with the meeting's calendar file. */
    boolean meeting() {
        return this == MEETING_INVITED || this == MEETING_CHANGED || this == MEETING_CANCELLED;
    }
}
