package id.timpora.intake.web;

import id.timpora.intake.IntakePolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A send to {@code /lapor} that declares more bytes than its photos may make it is refused with 413 before its body is
 * read: the security filters read a multipart body for the CSRF token, and the application's general upload limit is
 * sized for officers' attachments, not for anonymous senders. A chunked body declares no length, so it could not be
 * checked before it is read: it is refused with 411 (Length Required). Browsers always send a form with its length;
 * only scripts send one in chunks.
 */
@Configuration(proxyBeanMethods = false)
class PublicUploadLimitFilter {

    /** The form's own fields beside the photos. */
    private static final long FIELDS_ALLOWANCE = 256 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicUploadLimit(IntakePolicy policy) {
        long limit = (long) policy.maxPhotos() * policy.maxPhotoBytes() + FIELDS_ALLOWANCE;
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
                    response.setHeader("Connection", "close");
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                }
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() < 0 && chunked(request)) {
                    response.setHeader("Connection", "close");
                    response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/lapor", "/lapor/*");
        // before Spring Security (-100), after the client-address filter
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    private static boolean chunked(HttpServletRequest request) {
        var encodings = request.getHeaders("Transfer-Encoding");
        while (encodings != null && encodings.hasMoreElements()) {
            if (encodings.nextElement().toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
                return true;
            }
        }
        return false;
    }
}
