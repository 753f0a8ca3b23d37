package id.timpora.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What an officer enters to plan a meeting. The date and times are local to the team's region; no invited agencies
 * means the team's members. The team of an existing meeting never changes.
 */
public record MeetingPlan(
        long teamId,
        MeetingKind kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        String agenda,
        Set<Long> invitedAgencyIds) {}
