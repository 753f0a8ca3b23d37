package id.timpora.watch;

import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportSource;
import java.time.LocalDate;
import java.util.Set;

/** What an officer or administrator enters for a watch period; the service checks the rules it alone can see. */
public record WatchData(
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<String> regionCodes,
        Set<Activity> activities,
        Set<Indication> indications,
        Set<ReportSource> sources,
        String note) {

    public WatchData {
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        indications = indications == null ? Set.of() : Set.copyOf(indications);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    public boolean hasCriteria() {
        return !activities.isEmpty() || !indications.isEmpty() || !sources.isEmpty();
    }
}
