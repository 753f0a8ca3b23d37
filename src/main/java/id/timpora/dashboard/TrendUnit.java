package id.timpora.dashboard;

import id.timpora.common.Labelled;

/** The bars of the trend chart: weeks (Monday first) for periods up to 92 days, calendar months beyond. */
public enum TrendUnit implements Labelled {
    WEEK,
    MONTH;

    @Override
    public String messageKey() {
        return "dashboard.trend." + name();
    }
}
