package id.timpora.notification;

import id.timpora.subject.PermitRoster;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permit watch's notification (#15 item 4): once a day, the roster's permits that entered the 30-day window are
 * counted, each once, in one "izin tinggal segera habis" notification per officer and Kesbangpol reporter whose
 * jurisdiction covers the person's desa. The claim and the notifications are one transaction, so a rerun or a second
 * node counts nothing twice.
 */
@Component
class PermitExpiryReminders {

    private final PermitRoster roster;
    private final Recipients recipients;
    private final Notifications notifications;

    PermitExpiryReminders(PermitRoster roster, Recipients recipients, Notifications notifications) {
        this.roster = roster;
        this.recipients = recipients;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${timpora.notification.permit-cron:0 30 6 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "permit-expiry-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        remind();
    }

    /** The number of permits counted. */
    @Transactional
    int remind() {
        Map<String, Integer> perDesa = roster.claimExpiring();
        Map<Long, Recipient> who = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        perDesa.forEach((desa, count) -> {
            for (Recipient recipient : recipients.triagersCovering(desa)) {
                who.putIfAbsent(recipient.id(), recipient);
                counts.merge(recipient.id(), count, Integer::sum);
            }
        });
        counts.forEach(
                (id, count) -> notifications.counted(NotificationKind.PERMIT_EXPIRING, List.of(who.get(id)), count));
        return perDesa.values().stream().mapToInt(Integer::intValue).sum();
    }
}
