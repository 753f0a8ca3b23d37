package id.timpora.dashboard.web;

import id.timpora.common.InvalidInput;
import id.timpora.common.TypedInput;
import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.PeriodKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.validation.BindingResult;

/**
 * The dashboard's query parameters: {@code periode} (7, 30, 90, tahun, kustom), {@code from} and {@code to} for a
 * custom period (dates as typed, 17/08/2026, or ISO as links carry them), {@code wilayah} (a region code). Dates stay text so that what was typed comes back as it
 * was, with a message beside it.
 */
public class DashboardForm {

    private String periode;
    private String from;
    private String to;
    private String wilayah;

    public PeriodKind kind() {
        return PeriodKind.fromParameter(periode).orElse(DashboardPeriod.DEFAULT);
    }

    /**
     * The period asked for; if it cannot be had (a custom period with missing, malformed or reversed dates), the errors
     * go beside the fields and the default period is used. "Today" is the day in the user's zone.
     */
    DashboardPeriod period(Clock clock, ZoneId zone, BindingResult errors) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        PeriodKind kind = kind();
        if (kind != PeriodKind.CUSTOM) {
            return DashboardPeriod.of(kind, null, null, today);
        }
        LocalDate first = parse("from", from, errors);
        LocalDate last = parse("to", to, errors);
        if (from == null || from.isBlank()) {
            errors.rejectValue("from", "dashboard.error.from");
        }
        if (to == null || to.isBlank()) {
            errors.rejectValue("to", "dashboard.error.to");
        }
        if (!errors.hasErrors()) {
            try {
                return DashboardPeriod.of(kind, first, last, today);
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return DashboardPeriod.of(DashboardPeriod.DEFAULT, null, null, today);
    }

    private static LocalDate parse(String field, String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TypedInput.date(value);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "dashboard.error.date");
            return null;
        }
    }

    public String getPeriode() {
        return periode;
    }

    public void setPeriode(String periode) {
        this.periode = periode;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getWilayah() {
        return wilayah;
    }

    public void setWilayah(String wilayah) {
        this.wilayah = wilayah;
    }
}
