package id.timpora.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** An action item with its meeting, as lists show it. Overdue is computed against the item's deadline. */
public record ActionItemRow(
        long id,
        String description,
        long responsibleAgencyId,
        String responsibleAgencyName,
        LocalDate dueDate,
        ActionItemStatus status,
        boolean overdue,
        String doneNote,
        Instant doneAt,
        String doneBy,
        long meetingId,
        String meetingTitle,
        String teamName,
        ZonedDateTime meetingStartsAt) {}
