package id.timpora.account;

import id.timpora.agency.AgencyDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user, on every app node (sessions live in the database). */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    void endAll(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    /** A deactivated agency's users are signed out everywhere at once. */
    @EventListener
    void agencyDeactivated(AgencyDeactivated event) {
        jdbc.sql("select username from app_user where agency_id = :agency")
                .param("agency", event.agencyId())
                .query(String.class)
                .list()
                .forEach(this::endAll);
    }
}
