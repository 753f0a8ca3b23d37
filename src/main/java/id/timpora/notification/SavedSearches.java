package id.timpora.notification;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.report.ReportFilters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches of the report list, each its owner's alone: save the current filter under a name, open it, watch it
 * (a new matching report in the owner's jurisdiction notifies them), stop watching, delete. Reporters and officers
 * only: administrators see no reports. The list page shows them through {@code ${@savedSearches.mine()}}.
 */
@Service("savedSearches")
public class SavedSearches {

    static final int MAX_NAME = 100;
    /** A person keeps at most this many (the list page shows them all). */
    static final int MAX_PER_USER = 50;

    /** The longest list query kept ({@code saved_search.query}). */
    public static final int MAX_QUERY = 2000;

    private final JdbcClient jdbc;

    SavedSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in user's saved searches by name, for the report list; none for anybody else. */
    @Transactional(readOnly = true)
    public List<SavedSearch> mine() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return List.of();
        }
        return of(user);
    }

    @Transactional(readOnly = true)
    public List<SavedSearch> of(CurrentUser user) {
        return jdbc.sql("select id, name, query, watched from saved_search where owner_id = :me"
                        + " order by lower(name), id")
                .param("me", user.id())
                .query((rs, i) -> new SavedSearch(
                        rs.getLong("id"), rs.getString("name"), rs.getString("query"), rs.getBoolean("watched")))
                .list();
    }

    /** Saves the filter of the list's query string under the name; returns the saved search. */
    @Transactional
    public SavedSearch save(CurrentUser user, String name, String listQuery, boolean watched) {
        requireReportReader(user);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInput.of("name", "validation.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw InvalidInput.of("name", "validation.tooLong");
        }
        Integer count = jdbc.sql("select count(*) from saved_search where owner_id = :me")
                .param("me", user.id())
                .query(Integer.class)
                .single();
        if (count >= MAX_PER_USER) {
            throw InvalidInput.of("name", "savedSearch.error.tooMany");
        }
        boolean taken = jdbc.sql("select exists (select 1 from saved_search where owner_id = :me"
                        + " and lower(name) = lower(:name))")
                .param("me", user.id())
                .param("name", trimmed)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw InvalidInput.of("name", "savedSearch.error.nameTaken");
        }
        String query = ReportFilters.canonical(listQuery);
        if (query.length() > MAX_QUERY) {
            throw InvalidInput.of("name", "savedSearch.error.queryTooLong");
        }
        long id = jdbc.sql("insert into saved_search (owner_id, name, query, watched) values (:me, :name, :query,"
                        + " :watched) returning id")
                .param("me", user.id())
                .param("name", trimmed)
                .param("query", query)
                .param("watched", watched)
                .query(Long.class)
                .single();
        return new SavedSearch(id, trimmed, query, watched);
    }

    /** One of the user's own saved searches; "not found" for anybody else's. */
    @Transactional(readOnly = true)
    public SavedSearch find(CurrentUser user, long id) {
        return of(user).stream().filter(search -> search.id() == id).findFirst().orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void watch(CurrentUser user, long id, boolean watched) {
        requireReportReader(user);
        int updated = jdbc.sql("update saved_search set watched = :watched where id = :id and owner_id = :me")
                .param("watched", watched)
                .param("id", id)
                .param("me", user.id())
                .update();
        if (updated == 0) {
            throw new NotFoundException();
        }
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        int deleted = jdbc.sql("delete from saved_search where id = :id and owner_id = :me")
                .param("id", id)
                .param("me", user.id())
                .update();
        if (deleted == 0) {
            throw new NotFoundException();
        }
    }

    private static void requireReportReader(CurrentUser user) {
        if (!user.hasRole(Role.REPORTER) && !user.hasRole(Role.OFFICER)) {
            throw new AccessDeniedException("only reporters and officers search reports");
        }
    }
}
