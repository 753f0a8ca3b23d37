package id.timpora.watch;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.ReportHighlights;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The report list's badge: the name of the first active watch the viewer can see that a row matches. The few active
 * watches are read once per page ({@link WatchQueries#activeOn}) and become one {@code case} expression over the
 * page's rows, so the list stays one query and the badge costs no lookup per row.
 */
@Component
class WatchHighlights implements ReportHighlights {

    private final WatchQueries queries;
    private final Clock clock;

    WatchHighlights(WatchQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Optional<SqlFragment> highlight(CurrentUser user) {
        LocalDate today = clock.instant().atZone(user.zone()).toLocalDate();
        List<WatchCriteria> active = queries.activeOn(user, today).stream()
                .filter(w -> {
                    LocalDate watchToday = clock.instant().atZone(w.zone()).toLocalDate();
                    return !watchToday.isBefore(w.startsOn()) && !watchToday.isAfter(w.endsOn());
                })
                .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        List<SqlFragment> cases = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            WatchCriteria watch = active.get(i);
            cases.add(SqlFragment.of(" when ")
                    .plus(watch.sql("r"))
                    .plus(SqlFragment.of(" then :watch_name", "watch_name", watch.name()))
                    .withSuffix("h" + i));
        }
        return Optional.of(
                SqlFragment.of("(case").plus(SqlFragment.join("", cases)).plus(" end)"));
    }
}
