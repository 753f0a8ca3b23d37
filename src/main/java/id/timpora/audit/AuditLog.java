package id.timpora.audit;

import id.timpora.infrastructure.security.UserIdentity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the append-only audit log. An entry joins the caller's transaction, so a change and its audit row commit or
 * roll back together; views are recorded by controllers, outside any read-only transaction.
 */
@Service
public class AuditLog {

    static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in user (or "anonymous"). */
    @Transactional
    public void record(AuditAction action, String targetType, Object targetId, String detail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actor = "anonymous";
        if (authentication != null && authentication.getPrincipal() instanceof UserIdentity user) {
            actorId = user.id();
            actor = user.getUsername();
        }
        recordAs(actorId, actor, action, targetType, targetId, detail);
    }

    /** Records an action whose actor is not (yet) the signed-in user, such as a failed sign-in. */
    @Transactional
    public void recordAs(
            Long actorId, String actor, AuditAction action, String targetType, Object targetId, String detail) {
        jdbc.sql("insert into audit_log (actor_id, actor, action, target_type, target_id, client_ip, detail)"
                        + " values (:actor_id, :actor, :action, :target_type, :target_id, :client_ip, :detail)")
                .param("actor_id", actorId)
                .param("actor", truncate(actor, 60))
                .param("action", action.name())
                .param("target_type", targetType)
                .param("target_id", targetId == null ? null : truncate(targetId.toString(), 60))
                .param("client_ip", currentClientIp())
                .param("detail", truncate(detail, MAX_DETAIL))
                .update();
    }

    private static String currentClientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 45);
        }
        return null;
    }

    /** PostgreSQL stores no NUL byte in text: one typed into a user name or a filter is recorded as U+FFFD. */
    private static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD');
        return text.length() <= max ? text : text.substring(0, max);
    }
}
