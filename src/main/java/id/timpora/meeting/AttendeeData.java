package id.timpora.meeting;

/** One person present at a meeting. */
public record AttendeeData(String name, long agencyId, String position) {}
