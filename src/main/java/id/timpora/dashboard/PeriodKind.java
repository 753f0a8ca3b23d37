package id.timpora.dashboard;

import id.timpora.common.Labelled;
import java.util.Arrays;
import java.util.Optional;

/** The periods the dashboard offers; the parameter is what the URL carries ({@code ?periode=30}). */
public enum PeriodKind implements Labelled {
    LAST_7_DAYS("7"),
    LAST_30_DAYS("30"),
    LAST_90_DAYS("90"),
    THIS_YEAR("tahun"),
    CUSTOM("kustom");

    private final String parameter;

    PeriodKind(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<PeriodKind> fromParameter(String value) {
        return Arrays.stream(values())
                .filter(kind -> kind.parameter.equals(value))
                .findFirst();
    }

    @Override
    public String messageKey() {
        return "dashboard.period." + name();
    }
}
