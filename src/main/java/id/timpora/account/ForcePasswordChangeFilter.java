package id.timpora.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user holding a one-time password reaches nothing but the password form (and sign-out) until it is changed. */
public class ForcePasswordChangeFilter extends OncePerRequestFilter {

    public static final String PASSWORD_PATH = "/akun/kata-sandi";
    private static final List<String> ALLOWED_PREFIXES =
            List.of(PASSWORD_PATH, "/logout", "/webjars/", "/css/", "/js/", "/img/", "/error", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword()
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
