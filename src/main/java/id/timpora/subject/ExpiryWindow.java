package id.timpora.subject;

import id.timpora.common.Labelled;

/**
 * The register's expiry filter, counted from today in the viewer's time zone: already expired (the overstay the
 * roster shows), expiring within 30 days, within 90 days. Labels under {@code register.expiry.*}.
 */
public enum ExpiryWindow implements Labelled {
    EXPIRED(0),
    DAYS_30(30),
    DAYS_90(90);

    private final int days;

    ExpiryWindow(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    @Override
    public String messageKey() {
        return "register.expiry." + name();
    }
}
