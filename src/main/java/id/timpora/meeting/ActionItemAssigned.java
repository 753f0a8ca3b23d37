package id.timpora.meeting;

/** Published inside the transaction that gave an agency an action item, after the item's row is written. */
public record ActionItemAssigned(
        long itemId, long meetingId, String meetingTitle, long responsibleAgencyId, String description, long actorId) {}
