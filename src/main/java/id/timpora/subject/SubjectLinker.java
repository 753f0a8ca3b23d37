package id.timpora.subject;

import id.timpora.report.ReportSaved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the report feature without it knowing: every saved report with a passport joins its subject. Synchronous,
 * so the link commits or rolls back with the report.
 */
@Component
class SubjectLinker {

    private final SubjectRegistry registry;

    SubjectLinker(SubjectRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(ReportSaved saved) {
        registry.linkByPassport(saved.reportId());
    }
}
