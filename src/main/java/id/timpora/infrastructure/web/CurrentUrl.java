package id.timpora.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed (page number, language), keeping every filter. Used from
 * templates as {@code ${urls.with('page', 2)}}.
 */
@Component
public class CurrentUrl {

    public String with(String name, Object value) {
        HttpServletRequest request = currentRequest();
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failedUri != null ? failedUri.toString() : request.getRequestURI();
        String query = failedUri != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam(name, value)
                .build(true) // the request's path and query are already encoded; values passed here are plain
                .toUriString();
    }

    /** The page numbers (0-based) shown around the current page: two either side. */
    public List<Integer> pageWindow(Page<?> page) {
        int last = Math.max(0, page.getTotalPages() - 1);
        int from = Math.max(0, page.getNumber() - 2);
        int to = Math.min(last, page.getNumber() + 2);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
