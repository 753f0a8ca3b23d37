package id.timpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A record's number ("laporan #4034", "orang #1250") is no quantity: messages that show one given as a number format
 * it without a thousands separator, in both languages.
 */
class NumbersInMessagesTest {

    private static final List<String> NUMBERED = List.of(
            "report.created",
            "triage.number",
            "triage.accepted",
            "subject.judgement.otherHidden",
            "subject.judgement.merged",
            "subject.judgement.keptApart",
            "subject.merge.undone",
            "subject.error.undoAbsorbedExists",
            "subject.error.undoReportMoved",
            "foreignorg.reportLinked",
            "audit.chain.row");

    @Test
    void recordNumbersHaveNoThousandsSeparator() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            for (String key : NUMBERED) {
                assertThat(messages.getMessage(key, new Object[] {4034L, 12345L}, locale))
                        .as(key + " " + locale)
                        .contains("#4034")
                        .doesNotContain("4.034")
                        .doesNotContain("4,034");
            }
        }
    }
}
