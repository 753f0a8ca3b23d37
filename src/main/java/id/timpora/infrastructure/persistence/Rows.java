package id.timpora.infrastructure.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reading and writing the column types that recur: enum arrays, instants, dates, nullable numbers. */
public final class Rows {

    private Rows() {}

    /** A {@code varchar[]} column of enum names as a list of constants, in stored order; empty for null. */
    public static <E extends Enum<E>> List<E> enumList(ResultSet rs, String column, Class<E> type) throws SQLException {
        return enumList(rs.getArray(column), type);
    }

    public static <E extends Enum<E>> List<E> enumList(Array array, Class<E> type) throws SQLException {
        List<E> values = new ArrayList<>();
        if (array == null) {
            return values;
        }
        for (Object name : (Object[]) array.getArray()) {
            values.add(Enum.valueOf(type, name.toString()));
        }
        return values;
    }

    /** A {@code varchar[]} column of enum names as a set of constants; empty for null. */
    public static <E extends Enum<E>> Set<E> enumSet(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        values.addAll(enumList(rs, column, type));
        return values;
    }

    /** Enum names, as an array column mapped by JPA holds them, as a set of constants. */
    public static <E extends Enum<E>> Set<E> enumSet(String[] names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    /** Enum constants as the array of names a {@code varchar[]} column takes. */
    public static String[] names(Collection<? extends Enum<?>> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).toArray(String[]::new);
    }

    /** An enum column; null stays null. */
    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A {@code timestamptz} column; null stays null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A {@code date} column; null stays null. */
    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A nullable {@code bigint} column. */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable {@code integer} column. */
    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** An instant as the driver binds it; null stays null. */
    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
