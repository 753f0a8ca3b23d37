package id.timpora.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The batch run (reports waiting for review, every ten minutes), the action-item reminders (hourly) and the daily digest
 * (07:00 WIB), once across nodes.
 */
@Component
class NotificationJobs {

    private final PendingMails pending;
    private final ActionItemReminders reminders;

    NotificationJobs(PendingMails pending, ActionItemReminders reminders) {
        this.pending = pending;
        this.reminders = reminders;
    }

    @Scheduled(cron = "${timpora.notification.reminder-cron:0 5 * * * *}")
    @SchedulerLock(name = "action-item-reminders", lockAtMostFor = "PT50M", lockAtLeastFor = "PT30S")
    void actionItemReminders() {
        while (reminders.remind() > 0) {
            // next chunk
        }
    }

    @Scheduled(cron = "${timpora.notification.batch-cron:0 */10 * * * *}")
    @SchedulerLock(name = "notification-batch", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
    void batch() {
        drain(PendingMails.BATCH);
    }

    @Scheduled(cron = "${timpora.notification.digest-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void digest() {
        drain(PendingMails.DIGEST);
    }

    private void drain(String state) {
        while (pending.send(state) > 0) {
            // next chunk
        }
    }
}
