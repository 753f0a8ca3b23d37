package id.timpora.watch;

import id.timpora.agency.Jurisdiction;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What makes a report match a watch: seen on one of its days (in the watch's zone), in one of its regions, with one of
 * its activities, indications or sources. As SQL it is a condition over the report's indexed columns: the seen time
 * and the copied region codes (the same equalities as {@link ReportScope}), and the array overlaps the GIN indexes
 * serve.
 */
public record WatchCriteria(
        long id,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        ZoneId zone,
        Set<String> regionCodes,
        Set<Activity> activities,
        Set<Indication> indications,
        Set<ReportSource> sources) {

    public Instant from() {
        return startsOn.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the watch. */
    public Instant until() {
        return endsOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean covers(String regionCode) {
        return new Jurisdiction(false, regionCodes).covers(regionCode);
    }

    /** The watch's regions and criteria over the report alias, without its days. */
    public SqlFragment regionsAndKinds(String alias) {
        SqlFragment regions =
                ReportScope.of(new Jurisdiction(false, regionCodes)).sql(alias).withSuffix("watch");
        return regions.plus(" and ").plus(kinds(alias));
    }

    /** The whole condition over the report alias, with its days. */
    public SqlFragment sql(String alias) {
        return SqlFragment.of(
                        "(" + alias + ".observed_at >= :watch_from and " + alias + ".observed_at < :watch_until",
                        "watch_from",
                        Rows.timestamp(from()),
                        "watch_until",
                        Rows.timestamp(until()))
                .plus(" and ")
                .plus(regionsAndKinds(alias))
                .plus(")");
    }

    private SqlFragment kinds(String alias) {
        return SqlFragment.of(
                        "(" + alias + ".activities && :watch_activities::varchar[] or " + alias
                                + ".indications && :watch_indications::varchar[] or " + alias
                                + ".source = any(:watch_sources::varchar[]))",
                        "watch_activities",
                        Rows.names(activities))
                .with("watch_indications", Rows.names(indications))
                .with("watch_sources", Rows.names(sources));
    }
}
