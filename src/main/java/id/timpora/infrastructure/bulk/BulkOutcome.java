package id.timpora.infrastructure.bulk;

/**
 * What a confirmation did: {@code imported} new rows out of {@code valid}; {@code repeated} when the upload had been
 * confirmed before (then nothing was done); {@code background} when the import runs on after the request (a large
 * file: the preview page shows its progress).
 */
public record BulkOutcome(long uploadId, int valid, int imported, boolean repeated, boolean background) {}
