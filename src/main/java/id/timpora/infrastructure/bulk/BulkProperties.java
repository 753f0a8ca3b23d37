package id.timpora.infrastructure.bulk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bulk uploads ({@code timpora.bulk.*}).
 *
 * @param maxSize the largest file taken (the multipart limit, {@code spring.servlet.multipart.max-file-size}, must be
 *     a little larger so that the app can say so)
 * @param maxRows the most data rows in one file
 * @param keep how long an upload waits for its confirmation before BulkUploadCleanup deletes it
 * @param batchSize rows imported per transaction (kept small: a feature's import usually writes the audit log, whose
 *     hash chain row stays locked until the transaction commits; see docs/performance.md)
 * @param keptErrors how many row errors of one upload are kept for the preview (all are counted)
 * @param sampleRows how many valid rows the preview shows
 * @param backgroundFrom from how many valid rows a confirmation imports in the background (the page shows the
 *     progress) instead of within the request
 * @param cleanupCron when the cleanup runs
 */
@ConfigurationProperties("timpora.bulk")
public record BulkProperties(
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("100000") int maxRows,
        @DefaultValue("24h") Duration keep,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10000") int keptErrors,
        @DefaultValue("10") int sampleRows,
        @DefaultValue("300") int backgroundFrom,
        @DefaultValue("0 17 * * * *") String cleanupCron) {}
