package id.timpora.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the sign-in form's POST: a client that must wait gets the same answer whatever name and password it
 * sent, and no account is looked up, so the answer says nothing about which accounts exist.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login?error=throttled";

    private final RequestMatcher signIn =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signIn.matches(request)) {
            String username = request.getParameter("username");
            if (!throttle.tryAttempt(
                    IpAddresses.clientKey(request.getRemoteAddr()), username == null ? "" : username)) {
                response.sendRedirect(request.getContextPath() + THROTTLED_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
