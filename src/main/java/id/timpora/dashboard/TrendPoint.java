package id.timpora.dashboard;

import java.time.LocalDate;

/** The reports of one week (starting Monday) or one month (starting on the 1st), within the period. */
public record TrendPoint(LocalDate start, long count) {}
