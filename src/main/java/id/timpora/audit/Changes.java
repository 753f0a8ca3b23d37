package id.timpora.audit;

import java.util.Objects;
import java.util.StringJoiner;

/** The before/after values of the fields an edit changed, for the audit detail: {@code role: REPORTER → OFFICER}. */
public final class Changes {

    private final StringJoiner changed = new StringJoiner("; ");

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(normalise(before), normalise(after))) {
            changed.add(name + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return changed.length() == 0;
    }

    @Override
    public String toString() {
        return changed.toString();
    }

    private static Object normalise(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static String show(Object value) {
        Object normalised = normalise(value);
        return normalised == null ? "∅" : "'" + normalised + "'";
    }
}
