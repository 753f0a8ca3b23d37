package id.timpora.report;

import id.timpora.common.Text;
import id.timpora.region.RegionCodes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A report-list filter read back from the list's query string (a saved search keeps the query string, so it opens the
 * list exactly as it was). Read like the list reads its parameters: a value that does not parse is dropped, never
 * refused.
 */
public final class ReportFilters {

    static final int MAX_QUERY_LENGTH = 200;

    private ReportFilters() {}

    public static ReportFilter parse(String queryString) {
        Map<String, String> values = values(queryString);
        return new ReportFilter(
                constant(ReportStatus.class, values.get("status")),
                date(values.get("from")),
                date(values.get("to")),
                RegionCodes.isValid(Text.blankToNull(values.get("wilayah")))
                        ? values.get("wilayah").trim()
                        : null,
                nationality(values.get("nationality")),
                constant(Activity.class, values.get("activity")),
                constant(Indication.class, values.get("indication")),
                constant(PermitType.class, values.get("permit")),
                constant(ReportSource.class, values.get("source")),
                number(values.get("agency")),
                query(values.get("q")));
    }

    /**
     * The query string with only the filter parameters, in a fixed order and encoded: what a saved search keeps
     * (no page, sort or language). Empty when no filter is set.
     */
    public static String canonical(String queryString) {
        Map<String, String> values = values(queryString);
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {
            "status",
            "from",
            "to",
            "wilayah",
            "nationality",
            "activity",
            "indication",
            "permit",
            "source",
            "agency",
            "q"
        }) {
            String value = Text.blankToNull(values.get(name));
            if (value != null) {
                out.append(out.isEmpty() ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private static Map<String, String> values(String queryString) {
        Map<String, String> values = new LinkedHashMap<>();
        if (queryString == null) {
            return values;
        }
        String query = queryString.contains("?") ? queryString.substring(queryString.indexOf('?') + 1) : queryString;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                values.putIfAbsent(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ignored) {
                // a malformed escape: the parameter is dropped
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nationality(String value) {
        String code = Text.blankToNull(value);
        return code != null && code.matches("[A-Za-z]{2}") ? code.toUpperCase(Locale.ROOT) : null;
    }

    private static String query(String value) {
        String text = Text.blankToNull(value);
        if (text == null) {
            return null;
        }
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    }
}
