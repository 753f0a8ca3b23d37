package id.timpora.meeting;

import java.time.LocalDate;

/** A task agreed at a meeting: what, which (invited) agency does it, by which day. */
public record ActionItemData(String description, Long responsibleAgencyId, LocalDate dueDate) {}
