package id.timpora.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address of a social-media post on a report (#19). It is evidence, not a resource: the application never fetches
 * it, never embeds it and never renders it as a live link (pages show it as text in a {@code <code>} element). Only
 * absolute {@code http}/{@code https} addresses with a host are kept, at most {@link #MAX_LENGTH} characters and
 * without spaces or control characters, so a {@code javascript:} or {@code data:} address, or markup pasted in its
 * place, is refused beside the field.
 */
public final class SocialLinks {

    public static final int MAX_LENGTH = 500;

    private SocialLinks() {}

    /** The message key of what is wrong with the link, empty when it may be kept. */
    public static Optional<String> problem(String link) {
        String value = normalise(link);
        if (value == null) {
            return Optional.of("report.error.socialLinkRequired");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("report.error.socialLinkTooLong");
        }
        return valid(value) ? Optional.empty() : Optional.of("report.error.socialLink");
    }

    /** Trimmed, or null when blank. */
    public static String normalise(String link) {
        if (link == null) {
            return null;
        }
        String trimmed = link.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean valid(String value) {
        if (value.chars()
                .anyMatch(c -> Character.isWhitespace(c)
                        || Character.isISOControl(c)
                        // bidi overrides and zero-width characters would show the officer another address
                        || Character.getType(c) == Character.FORMAT
                        || c == '<'
                        || c == '>'
                        || c == '"'
                        || c == '\''
                        || c == '`')) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
