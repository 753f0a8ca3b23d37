package id.timpora.infrastructure.web;

import id.timpora.infrastructure.persistence.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the database cannot be reached, every request gets a clear answer instead of an error page with a trace:
 * 503 with the "service temporarily unavailable" page (JSON {@code {"status":"DOWN"}} for the actuator and JSON
 * clients). A form sent during the outage comes back on that page with everything the user typed (passwords and
 * files excepted) and a button that sends it again once the service is back. The connection pool recovers by itself
 * when the database returns (application.yml, {@code spring.datasource.hikari}).
 *
 * <p>It is the outermost filter, because sign-in sessions live in the database too: without it the failure would
 * come from the session filter, before any controller or error page could run. Static files never need the session,
 * so they are served without its cookie and keep working (the 503 page has its styles).
 */
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    /** The page is written before Spring Security could add its headers; it needs no more than this. */
    private static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|sandi|secret|token).*");
    private static final String CSRF = "_csrf";
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/img/", "/geo/", "/favicon");

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final String sessionCookie;

    DatabaseOutage(ITemplateEngine templates, LocaleResolver locales, String sessionCookie) {
        this.templates = templates;
        this.locales = locales;
        this.sessionCookie = sessionCookie;
    }

    /** A field of the form as it was sent, to be sent again. */
    public record Field(String name, String value, boolean shown) {}

    /** The form to send again: where to, how, its fields, and whether files were left behind. */
    public record Replay(String action, boolean multipart, List<Field> fields, boolean filesLeftOut) {
        public List<Field> shownFields() {
            return fields.stream().filter(Field::shown).toList();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(isStatic(request) ? new WithoutCookie(request, sessionCookie) : request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            log.warn(
                    "Database unavailable, answered 503: {} {} ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(e));
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            unavailable(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write("{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Locale locale = locales.resolveLocale(request);
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                locale);
        context.setVariable("currentLanguage", "en".equals(locale.getLanguage()) ? "en" : "id");
        context.setVariable("retryUrl", "GET".equals(request.getMethod()) ? pathWithQuery(request) : null);
        context.setVariable("replay", replay(request));
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.process("error/503", context, response.getWriter());
        response.getWriter().flush();
    }

    /** The form the user sent, if this was one; null for anything else. */
    private static Replay replay(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        boolean multipart = contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        if (!multipart && !contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        boolean filesLeftOut = false;
        try {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                String name = parameter.getKey();
                if (SECRET.matcher(name).matches() && !CSRF.equals(name)) {
                    continue;
                }
                for (String value : parameter.getValue()) {
                    fields.add(new Field(name, value, !CSRF.equals(name)));
                }
            }
            if (multipart) {
                for (Part part : request.getParts()) {
                    filesLeftOut |= part.getSubmittedFileName() != null && part.getSize() > 0;
                }
            }
        } catch (IOException | ServletException | RuntimeException e) {
            log.debug("Could not read the form sent during the outage", e);
        }
        return fields.isEmpty() ? null : new Replay(request.getRequestURI(), multipart, fields, filesLeftOut);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    private static String pathWithQuery(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The request without the session cookie: a static file is served the same to everyone. */
    private static final class WithoutCookie extends HttpServletRequestWrapper {
        private final String name;

        WithoutCookie(HttpServletRequest request, String name) {
            super(request);
            this.name = name;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null
                    ? null
                    : Arrays.stream(cookies)
                            .filter(cookie -> !name.equals(cookie.getName()))
                            .toArray(Cookie[]::new);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }
    }
}
