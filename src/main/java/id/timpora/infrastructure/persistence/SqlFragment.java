package id.timpora.infrastructure.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A piece of SQL and the values of its named parameters ({@code :name}), carried together so that no caller keeps
 * positional arguments in step with the text. Fragments are joined with {@link #plus}; a name used twice with two
 * different values is a programming error and fails at once rather than binding the wrong value.
 *
 * <pre>{@code
 * SqlFragment scope = reportScope.condition("r");            // "(r.regency_code = :scope_regency)" + its value
 * SqlFragment sql = SqlFragment.of("select count(*) from report r where ").plus(scope);
 * long n = sql.on(jdbc).query(Long.class).single();
 * }</pre>
 *
 * <p>Java arrays bind as PostgreSQL arrays ({@code = any(:codes)}); collections are expanded into lists by Spring
 * ({@code in (:ids)}).
 */
public final class SqlFragment {

    private static final SqlFragment EMPTY = new SqlFragment("", Map.of());

    private final String text;
    private final Map<String, Object> parameters;

    private SqlFragment(String text, Map<String, Object> parameters) {
        this.text = text;
        this.parameters = parameters;
    }

    public static SqlFragment empty() {
        return EMPTY;
    }

    public static SqlFragment of(String text) {
        return new SqlFragment(text, Map.of());
    }

    public static SqlFragment of(String text, String name, Object value) {
        return of(text).with(name, value);
    }

    public static SqlFragment of(String text, String name, Object value, String name2, Object value2) {
        return of(text).with(name, value).with(name2, value2);
    }

    /** {@code " limit :limit offset :offset"} for one page of a list, after its ORDER BY. */
    public static SqlFragment page(Pageable pageable) {
        return of(" limit :limit offset :offset", "limit", pageable.getPageSize(), "offset", pageable.getOffset());
    }

    /** The fragments with a separator between them ({@code " and "}, {@code " or "}, {@code ", "}). */
    public static SqlFragment join(String separator, List<SqlFragment> parts) {
        SqlFragment joined = EMPTY;
        for (int i = 0; i < parts.size(); i++) {
            joined = i == 0 ? parts.get(i) : joined.plus(separator).plus(parts.get(i));
        }
        return joined;
    }

    /** This fragment with one more parameter value. */
    public SqlFragment with(String name, Object value) {
        return new SqlFragment(text, merged(parameters, Map.of(name, new Bound(value))));
    }

    public SqlFragment plus(String more) {
        return new SqlFragment(text + more, parameters);
    }

    public SqlFragment plus(SqlFragment more) {
        return new SqlFragment(text + more.text, merged(parameters, more.parameters));
    }

    /** {@code (this)} — for a condition that is joined with others. */
    public SqlFragment parenthesised() {
        return new SqlFragment("(" + text + ")", parameters);
    }

    public String text() {
        return text;
    }

    /**
     * The same fragment with every parameter renamed {@code :name} → {@code :name_suffix}, so that several fragments
     * built with the same names (one condition per saved search) can stand side by side in one statement.
     */
    public SqlFragment withSuffix(String suffix) {
        if (!suffix.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("bad parameter suffix " + suffix);
        }
        String renamed = text;
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            renamed = renamed.replaceAll(
                    "(?<!:):" + java.util.regex.Pattern.quote(name) + "(?![A-Za-z0-9_])",
                    java.util.regex.Matcher.quoteReplacement(":" + name + "_" + suffix));
            values.put(name + "_" + suffix, parameter.getValue());
        }
        return new SqlFragment(renamed, Collections.unmodifiableMap(values));
    }

    /** The values by name, ready for {@link JdbcClient.StatementSpec#params(Map)}. */
    public Map<String, Object> parameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, bound) -> values.put(name, ((Bound) bound).value()));
        return Collections.unmodifiableMap(values);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The statement on the given client, its parameters bound. */
    public JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(text).params(parameters());
    }

    @Override
    public String toString() {
        return text + " " + parameters();
    }

    private static Map<String, Object> merged(Map<String, Object> first, Map<String, Object> second) {
        if (second.isEmpty()) {
            return first;
        }
        Map<String, Object> all = new LinkedHashMap<>(first);
        second.forEach((name, value) -> {
            Object earlier = all.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalArgumentException("SQL parameter :" + name + " bound twice with different values");
            }
        });
        return Collections.unmodifiableMap(all);
    }

    /** A value compared by content, so that the same array bound by two fragments is one parameter. */
    private record Bound(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bound bound && Objects.deepEquals(value, bound.value);
        }

        @Override
        public int hashCode() {
            return value == null ? 0 : value.getClass().hashCode();
        }
    }
}
