package id.timpora.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session outlives nothing it was granted for: on every request the signed-in account must still be enabled and its
 * agency still active (one primary-key lookup), else the session ends and the user is back at the sign-in page. The
 * user held in the session is a snapshot taken at sign-in; this keeps every visibility check from trusting it.
 */
class StillActiveFilter extends OncePerRequestFilter {

    /** Stylesheets, scripts and images show nothing of anyone's: no lookup for them. */
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/img/", "/geo/", "/favicon");

    private final JdbcClient jdbc;

    StillActiveFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof CurrentUser user
                && !stillActive(user.id())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillActive(long accountId) {
        return jdbc.sql(
                        """
                        select u.enabled and (u.agency_id is null or a.active)
                          from app_user u left join agency a on a.id = u.agency_id
                         where u.id = :id""")
                .param("id", accountId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
