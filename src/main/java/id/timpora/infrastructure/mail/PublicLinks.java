package id.timpora.infrastructure.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the application's pages, for what leaves the browser: mails and calendar invitations. The
 * address users reach the app at is configuration ({@code timpora.base-url}), never taken from a request's Host.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${timpora.base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** {@code path} starts with a slash: "/laporan/12" → "https://timpora.example.go.id/laporan/12". */
    public String absolute(String path) {
        return base + path;
    }
}
