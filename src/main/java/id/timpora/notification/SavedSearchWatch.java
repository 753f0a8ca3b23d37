package id.timpora.notification;

import org.springframework.stereotype.Component;

/** Watched saved searches: a new report that matches one notifies its owner. */
@Component
class SavedSearchWatch {

    void newReport(long reportId, long actorId) {
        // filled in with the saved searches
    }
}
