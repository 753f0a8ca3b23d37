package id.timpora.infrastructure.web;

import id.timpora.common.TimeZones;
import id.timpora.infrastructure.security.UserIdentity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times are stored as instants and shown in the user's agency zone with its Indonesian abbreviation. Templates use
 * {@code ${times.format(instant)}}.
 */
@Component
public class UserZone {

    public ZoneId current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserIdentity user) {
            return user.zone();
        }
        return TimeZones.WIB;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = current();
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LocaleContextHolder.getLocale())
                        .format(instant.atZone(zone))
                + " "
                + abbreviation(zone);
    }

    /** "WITA (Asia/Makassar)". */
    public String zoneLabel() {
        ZoneId zone = current();
        return abbreviation(zone) + " (" + zone.getId() + ")";
    }

    /** "WITA": enough beside a time the user enters, where the full label would crowd a narrow field. */
    public String zoneAbbreviation() {
        return abbreviation(current());
    }

    public static String abbreviation(ZoneId zone) {
        return TimeZones.abbreviation(zone);
    }
}
