package id.timpora.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than {@code timpora.session.absolute-timeout}, however busy it was: the idle timeout
 * alone lets a stolen or forgotten session live for ever as long as something keeps using it. Runs after the session
 * store and before Spring Security, so the user is signed out before anything else happens.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String EXPIRED_PAGE = "/login?expired";

    private final Duration absoluteTimeout;
    private final Clock clock;

    SessionLifetimeFilter(Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && tooOld(session)) {
            session.invalidate();
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!"GET".equals(request.getMethod()) || !path.equals("/login")) {
                if ("true".equals(request.getHeader("HX-Request"))) {
                    response.setHeader("HX-Redirect", request.getContextPath() + EXPIRED_PAGE);
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getCreationTime())
                    .plus(absoluteTimeout)
                    .isBefore(clock.instant());
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }
}
