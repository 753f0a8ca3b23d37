package id.timpora.infrastructure.persistence;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list paginated in SQL: the rows of {@code select + fromWhere + orderBy} for one page, and how many rows
 * {@code fromWhere} selects in all.
 *
 * <pre>{@code
 * SqlFragment fromWhere = SqlFragment.of(" from agency a").plus(Conditions.where()...toWhere());
 * return PagedList.of("select a.id, a.name", fromWhere, " order by lower(a.name), a.id").page(jdbc, ROW, pageable);
 * }</pre>
 */
public final class PagedList {

    private final String select;
    private final SqlFragment fromWhere;
    private final String orderBy;

    private PagedList(String select, SqlFragment fromWhere, String orderBy) {
        this.select = select;
        this.fromWhere = fromWhere;
        this.orderBy = orderBy;
    }

    /** {@code select} names the columns, {@code fromWhere} starts with " from", {@code orderBy} with " order by". */
    public static PagedList of(String select, SqlFragment fromWhere, String orderBy) {
        return new PagedList(select, fromWhere, orderBy);
    }

    /** The page, with an exact count: for lists whose filters keep the count small (administration lists). */
    public <T> Page<T> page(JdbcClient jdbc, RowMapper<T> mapper, Pageable pageable) {
        long total = SqlFragment.of("select count(*)")
                .plus(fromWhere)
                .on(jdbc)
                .query(Long.class)
                .single();
        return page(jdbc, mapper, pageable, total);
    }

    /** The page, with a count made elsewhere (a {@link CappedCount}). */
    public <T> Page<T> page(JdbcClient jdbc, RowMapper<T> mapper, Pageable pageable, long total) {
        List<T> rows = SqlFragment.of(select)
                .plus(fromWhere)
                .plus(orderBy)
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query(mapper)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }
}
