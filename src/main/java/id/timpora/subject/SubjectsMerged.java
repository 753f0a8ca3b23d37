package id.timpora.subject;

/**
 * Published inside {@link SubjectRegistry#merge}'s transaction, before the other subject's row is deleted: rooms that
 * keep their own links to subjects (the foreign organisations register's people and journalists' permits) move them
 * to the kept subject.
 */
public record SubjectsMerged(long keptId, long otherId) {}
