package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The sentences of notifications, resolved with the application's own message bundles. */
class NotificationRowTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NotificationRowTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aReportNumberIsWrittenWithoutAThousandsSeparator() {
        Locale indonesian = Locale.forLanguageTag("id");
        assertThat(text(row(NotificationKind.REPORT_STATUS, "DITELAAH"), indonesian))
                .isEqualTo("Laporan #4034 Anda kini berstatus Ditelaah.");
        assertThat(text(row(NotificationKind.REPORT_FOLLOW_UP, "KLARIFIKASI"), indonesian))
                .startsWith("Laporan #4034 Anda ditindaklanjuti");
        assertThat(text(row(NotificationKind.SAVED_SEARCH_MATCH, "Warga Tiongkok"), Locale.ENGLISH))
                .isEqualTo("New report #4034 matches the search \"Warga Tiongkok\".");
    }

    private String text(NotificationRow row, Locale locale) {
        return messages.getMessage(row.text(), locale);
    }

    private static NotificationRow row(NotificationKind kind, String detail) {
        return new NotificationRow(1, kind, 4034L, null, null, detail, 1, Instant.now(), null);
    }
}
