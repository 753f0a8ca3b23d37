package id.timpora.infrastructure.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * Two requests of one session (htmx fires several at once) may both add the same new attribute, such as the CSRF
     * token right after sign-in; the default INSERT then fails one of them on the primary key. An upsert lets the later
     * write win, as it would in memory.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery(
                """
                insert into %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                values (?, ?, ?)
                on conflict (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                do update set ATTRIBUTE_BYTES = excluded.ATTRIBUTE_BYTES""");
    }
}
