package id.timpora.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a WHERE clause from optional conditions: a condition whose value is null (or blank text) is left out, every
 * value is a named parameter, and text searched with LIKE is always escaped and lower-cased with {@link Locale#ROOT}.
 *
 * <pre>{@code
 * SqlFragment where = Conditions.where()
 *         .and(scope.condition("r"))
 *         .equal("r.status", "status", filter.status())
 *         .contains("lower(r.full_name)", "name", filter.name())
 *         .toWhere();                              // " where (…) and r.status = :status and lower(…) like :name"
 * }</pre>
 */
public final class Conditions {

    private final List<SqlFragment> parts = new ArrayList<>();

    private Conditions() {}

    public static Conditions where() {
        return new Conditions();
    }

    /** A condition written out, with its own parameters (a jurisdiction, a subquery). */
    public Conditions and(SqlFragment condition) {
        if (condition != null && !condition.isEmpty()) {
            parts.add(condition);
        }
        return this;
    }

    /** A condition without parameters. */
    public Conditions and(String condition) {
        return and(SqlFragment.of(condition));
    }

    /** A condition that holds only when the flag is set. */
    public Conditions andIf(boolean when, String condition) {
        return when ? and(condition) : this;
    }

    /** A condition with one parameter, added when the value is set. */
    public Conditions andIf(Object value, String condition, String name) {
        return present(value) ? and(SqlFragment.of(condition, name, bindable(value))) : this;
    }

    /** {@code column = :name}, when the value is set; an enum binds as its name. */
    public Conditions equal(String column, String name, Object value) {
        return andIf(value, column + " = :" + name, name);
    }

    /** {@code column >= :name}, when the value is set. */
    public Conditions atLeast(String column, String name, Object value) {
        return andIf(value, column + " >= :" + name, name);
    }

    /** {@code column < :name}, when the value is set. */
    public Conditions before(String column, String name, Object value) {
        return andIf(value, column + " < :" + name, name);
    }

    /** {@code column <= :name}, when the value is set. */
    public Conditions atMost(String column, String name, Object value) {
        return andIf(value, column + " <= :" + name, name);
    }

    /** A varchar array column that holds the value: {@code column @> array[:name]::varchar[]}. */
    public Conditions arrayHolds(String column, String name, Object value) {
        return andIf(value, column + " @> array[:" + name + "]::varchar[]", name);
    }

    /**
     * The lower-cased expression holds the text anywhere, when text is given: {@code expression like :name}, with
     * {@code %}, {@code _} and {@code \} in the text matching only themselves.
     */
    public Conditions contains(String lowerCasedExpression, String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return and(SqlFragment.of(lowerCasedExpression + " like :" + name, name, containsPattern(text)));
    }

    /** Like {@link #contains} over several expressions, any of which may hold the text. */
    public Conditions containsAny(List<String> lowerCasedExpressions, String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> tests = lowerCasedExpressions.stream()
                .map(expression -> expression + " like :" + name)
                .toList();
        return and(SqlFragment.of("(" + String.join(" or ", tests) + ")", name, containsPattern(text)));
    }

    /** The LIKE pattern that finds the trimmed, lower-cased text anywhere. */
    public static String containsPattern(String text) {
        return "%" + LikePatterns.escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The conditions joined with AND; {@code true} when there are none. */
    public SqlFragment toCondition() {
        return parts.isEmpty() ? SqlFragment.of("true") : SqlFragment.join(" and ", parts);
    }

    /** {@code " where …"}, ready to follow a FROM clause. */
    public SqlFragment toWhere() {
        return SqlFragment.of(" where ").plus(toCondition());
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    /** Values as the driver binds them: enums by name, instants as timestamps. */
    static Object bindable(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value;
    }
}
