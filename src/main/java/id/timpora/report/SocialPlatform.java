package id.timpora.report;

import id.timpora.common.Labelled;

/** Where a social-media post was seen (#19). Labels under {@code report.platform.*}. */
public enum SocialPlatform implements Labelled {
    FACEBOOK,
    INSTAGRAM,
    TIKTOK,
    X_TWITTER,
    YOUTUBE,
    WHATSAPP,
    TELEGRAM,
    LAINNYA;

    @Override
    public String messageKey() {
        return "report.platform." + name();
    }
}
