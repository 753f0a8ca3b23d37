package id.timpora.infrastructure.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Makes the nightly backup, on one node, and keeps the newest {@code timpora.backup.keep} of them. */
@Component
@ConditionalOnBooleanProperty("timpora.backup.enabled")
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NightlyBackup(DataSource dataSource, BackupProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(cron = "${timpora.backup.cron}", zone = "${timpora.backup.zone}")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT6H", lockAtLeastFor = "PT5M")
    void backUp() {
        BackupFolder folder = new BackupFolder(properties.folder());
        Instant started = clock.instant();
        Path file = folder.nightlyFile(started);
        try (Connection connection = dataSource.getConnection()) {
            BackupManifest manifest = DatabaseBackup.write(connection, file);
            List<Path> removed = folder.prune(properties.keep());
            log.info(
                    "Nightly backup {}: {} rows in {} tables, {} s; audit chain head {}; removed {} old backups",
                    file,
                    manifest.totalRows(),
                    manifest.tables().size(),
                    Duration.between(started, clock.instant()).toSeconds(),
                    manifest.auditHead(),
                    removed.size());
            events.publishEvent(new BackupWritten(file, manifest));
        } catch (Exception e) {
            // Loud: a night without a backup is what operators must hear about (see docs/operations.md).
            log.error("Nightly backup into {} FAILED", file, e);
        }
    }
}
