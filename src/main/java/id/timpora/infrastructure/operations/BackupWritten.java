package id.timpora.infrastructure.operations;

import java.nio.file.Path;

/** Published after a backup was written by the application, so that it can be audited (it copies personal data). */
public record BackupWritten(Path file, BackupManifest manifest) {}
