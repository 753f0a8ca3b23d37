package id.timpora.meeting;

import id.timpora.common.Labelled;

/** Open or done; "overdue" is not a status but derived from the deadline (see {@link ActionItemDeadline}). */
public enum ActionItemStatus implements Labelled {
    TERBUKA,
    SELESAI;

    @Override
    public String messageKey() {
        return "meeting.item.status." + name();
    }
}
