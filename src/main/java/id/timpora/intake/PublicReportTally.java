package id.timpora.intake;

/**
 * Public reports of an area and period as the dashboard shows them, apart from the sighting reports: received, and of
 * those accepted, duplicates, rejected and still waiting (of which {@code overdue} for more than 24 hours).
 */
public record PublicReportTally(
        long received, long accepted, long duplicates, long rejected, long waiting, long overdue) {}
