package id.timpora.infrastructure.bulk;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes uploads that were never confirmed in time ({@code timpora.bulk.keep}), once across all nodes. */
@Component
class BulkUploadCleanup {

    private static final Logger log = LoggerFactory.getLogger(BulkUploadCleanup.class);

    private final BulkUploads uploads;

    BulkUploadCleanup(BulkUploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(cron = "${timpora.bulk.cleanup-cron:0 17 * * * *}")
    @SchedulerLock(name = "bulk-upload-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void removeExpired() {
        int removed = uploads.cleanUp();
        if (removed > 0) {
            log.info("Removed {} bulk uploads that were not confirmed in time", removed);
        }
    }
}
