package id.timpora.infrastructure.operations;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The nightly backup ({@code timpora.backup.*}): on by default with the embedded database, off with an external one
 * (whose DBA usually has a backup of their own; turn it on with {@code TIMPORA_BACKUP_ENABLED=true}).
 *
 * @param enabled whether this app makes the nightly backup
 * @param folder where backups go (best on another disk than the database)
 * @param keep how many nightly backups to keep
 * @param cron when, as a Spring cron expression in {@code zone}
 * @param zone the time zone of {@code cron}
 */
@ConfigurationProperties("timpora.backup")
public record BackupProperties(boolean enabled, Path folder, int keep, String cron, String zone) {}
