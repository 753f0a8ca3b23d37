package id.timpora.notification;

import id.timpora.agency.AgencyService;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.JurisdictionService;
import id.timpora.common.TimeZones;
import id.timpora.report.ReportFilter;
import id.timpora.report.ReportFilters;
import id.timpora.report.ReportMatching;
import id.timpora.report.ReportScope;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Watched saved searches: when a report is logged, every watched search is tried against it in one statement
 * ({@link ReportMatching}), each within its owner's jurisdiction as it is at that moment, and each match notifies its
 * owner once, naming the searches it matches (in the app, and by e-mail as they chose). The owner who logged the report
 * is not told of it.
 */
@Component
class SavedSearchWatch {

    private static final Logger log = LoggerFactory.getLogger(SavedSearchWatch.class);

    private record Watched(long id, long ownerId, long agencyId, String name, String query) {}

    private final JdbcClient jdbc;
    private final ReportMatching matching;
    private final JurisdictionService jurisdictions;
    private final AgencyService agencies;
    private final Recipients recipients;
    private final Notifications notifications;

    SavedSearchWatch(
            JdbcClient jdbc,
            ReportMatching matching,
            JurisdictionService jurisdictions,
            AgencyService agencies,
            Recipients recipients,
            Notifications notifications) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.jurisdictions = jurisdictions;
        this.agencies = agencies;
        this.recipients = recipients;
        this.notifications = notifications;
    }

    void newReport(long reportId, long actorId) {
        long started = System.nanoTime();
        int[] counts = match(reportId, actorId);
        if (log.isDebugEnabled()) { // bench/watched-searches.sh reads these lines
            log.debug(
                    "watched searches: {} tried, {} matched, in {} µs",
                    counts[0],
                    counts[1],
                    (System.nanoTime() - started) / 1000);
        }
    }

    /** The number of watched searches tried and of those that matched. */
    private int[] match(long reportId, long actorId) {
        List<Watched> watched = jdbc.sql(
                        """
                        select s.id, s.owner_id, u.agency_id, s.name, s.query
                          from saved_search s
                          join app_user u on u.id = s.owner_id and u.enabled and u.role in ('OFFICER', 'REPORTER')
                          join agency a on a.id = u.agency_id and a.active
                         where s.watched and s.owner_id <> :actor""")
                .param("actor", actorId)
                .query((rs, i) -> new Watched(
                        rs.getLong("id"),
                        rs.getLong("owner_id"),
                        rs.getLong("agency_id"),
                        rs.getString("name"),
                        rs.getString("query")))
                .list();
        if (watched.isEmpty()) {
            return new int[] {0, 0};
        }
        Set<Long> agencyIds = watched.stream().map(Watched::agencyId).collect(Collectors.toSet());
        Map<Long, Jurisdiction> jurisdictionsByAgency = jurisdictions.ofAgencies(agencyIds);
        Map<Long, ZoneId> zones = agencies.zones(agencyIds);
        Map<Long, ReportScope> scopes = new HashMap<>();
        Map<String, ReportFilter> filters = new HashMap<>();
        List<ReportMatching.Candidate> candidates = new ArrayList<>();
        for (Watched search : watched) {
            ReportScope scope = scopes.computeIfAbsent(
                    search.agencyId(), agency -> ReportScope.of(jurisdictionsByAgency.get(agency)));
            ZoneId zone = zones.getOrDefault(search.agencyId(), TimeZones.WIB);
            ReportFilter filter = filters.computeIfAbsent(search.query(), ReportFilters::parse);
            candidates.add(new ReportMatching.Candidate(search.id(), filter, scope, zone));
        }
        Set<Long> matched = matching.matching(reportId, candidates);
        if (matched.isEmpty()) {
            return new int[] {watched.size(), 0};
        }
        List<Watched> hits =
                watched.stream().filter(search -> matched.contains(search.id())).toList();
        Map<Long, Recipient> owners =
                recipients.accounts(hits.stream().map(Watched::ownerId).collect(Collectors.toSet()), actorId).stream()
                        .collect(Collectors.toMap(Recipient::id, Function.identity()));
        // one notification per owner, naming every search of theirs the report matches
        Map<Long, List<String>> namesByOwner = new LinkedHashMap<>();
        for (Watched hit : hits) {
            namesByOwner
                    .computeIfAbsent(hit.ownerId(), owner -> new ArrayList<>())
                    .add(hit.name());
        }
        namesByOwner.forEach((ownerId, names) -> {
            Recipient owner = owners.get(ownerId);
            if (owner != null) {
                notifications.notify(
                        List.of(owner),
                        NotificationKind.SAVED_SEARCH_MATCH,
                        reportId,
                        null,
                        null,
                        String.join("\", \"", names),
                        null);
            }
        });
        return new int[] {watched.size(), matched.size()};
    }
}
