package id.timpora.infrastructure.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where backups are kept and what they are called: {@code timpora-nightly-20261203T183000Z.zip} for the scheduled
 * ones, of which the newest {@code keep} stay, and {@code timpora-20261203T101500Z.zip} for those made by hand, which
 * stay until someone deletes them.
 */
public final class BackupFolder {

    static final String NIGHTLY = "timpora-nightly-";
    static final String MANUAL = "timpora-";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    public Path nightlyFile(Instant at) {
        return folder.resolve(NIGHTLY + STAMP.format(at) + ".zip");
    }

    public Path manualFile(Instant at) {
        return folder.resolve(MANUAL + STAMP.format(at) + ".zip");
    }

    /** The nightly backups, oldest first (their names sort by time). */
    public List<Path> nightly() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                        String name = String.valueOf(file.getFileName());
                        return name.startsWith(NIGHTLY) && name.endsWith(".zip");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Deletes the oldest nightly backups beyond the newest {@code keep}; returns the ones deleted. */
    public List<Path> prune(int keep) throws IOException {
        List<Path> nightly = nightly();
        List<Path> old = nightly.subList(0, Math.max(0, nightly.size() - Math.max(1, keep)));
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
        return old;
    }
}
