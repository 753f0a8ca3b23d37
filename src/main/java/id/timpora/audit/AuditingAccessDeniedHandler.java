package id.timpora.audit;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** Every refusal (a role that may not, a missing or wrong CSRF token) is a security event worth an audit row. */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditLog audit;
    private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String reason = denied instanceof CsrfException ? "csrf" : "forbidden";
        audit.record(
                AuditAction.ACCESS_DENIED,
                "ROUTE",
                null,
                reason + ": " + request.getMethod() + " " + request.getRequestURI());
        errorPage.handle(request, response, denied);
    }
}
