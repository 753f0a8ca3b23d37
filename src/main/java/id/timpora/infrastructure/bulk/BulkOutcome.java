package id.timpora.infrastructure.bulk;

/**
 * What a confirmation did: {@code imported} new rows out of {@code valid}; {@code repeated} when the upload had been
 * confirmed before (then nothing was done).
 */
public record BulkOutcome(long uploadId, int valid, int imported, boolean repeated) {}
