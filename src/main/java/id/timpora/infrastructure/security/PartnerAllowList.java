package id.timpora.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A partner (staff of a lodging, employer or sponsor, #13) reaches only what this list names: their own notice pages
 * under {@code /mitra}, their account and password pages, sign-out, the passport MRZ reader, static assets and the
 * error pages. Anything else answers 404, exactly as a record outside a user's jurisdiction does, so a partner learns
 * nothing of what exists elsewhere. An allow-list, not a deny-list: a page added later stays closed to partners until
 * it is named here. Runs inside the security chain, before the authorization rules, for every request.
 */
final class PartnerAllowList extends OncePerRequestFilter {

    static final String PARTNER_AUTHORITY = "ROLE_PARTNER";
    static final String HOME = "/mitra";

    /** Paths a partner may reach, each with everything below it. */
    private static final List<String> TREES =
            List.of(HOME, "/paspor/mrz", "/webjars", "/css", "/js", "/img", "/error", "/logout");

    /** Paths a partner may reach exactly. */
    private static final List<String> EXACT = List.of("/akun", "/akun/kata-sandi", "/login", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPartner(SecurityContextHolder.getContext().getAuthentication())
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isPartner(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> PARTNER_AUTHORITY.equals(authority.getAuthority()));
    }

    static boolean allowed(String path) {
        if (EXACT.contains(path)) {
            return true;
        }
        return TREES.stream().anyMatch(tree -> path.equals(tree) || path.startsWith(tree + "/"));
    }
}
