package id.timpora.infrastructure.web;

import id.timpora.infrastructure.security.IpAddresses;
import id.timpora.infrastructure.security.IpAddresses.Network;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: decides who the client is and what address it used, so nothing later believes
 * a header the client made up.
 *
 * <ul>
 *   <li>{@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only when the connection comes from a trusted
 *       proxy ({@code timpora.proxy.trusted-addresses}). The client address is the last one in the chain that is not
 *       itself a trusted proxy: addresses further left were written by the client and prove nothing. From anyone
 *       else every forwarding header ({@code Forwarded}, {@code X-Forwarded-*}, {@code X-Real-IP}) is hidden.
 *   <li>The host name is never taken from a header: with {@code timpora.public-url} set, links and redirects are
 *       built on it; every redirect to another host is cut down to its path, so a forged {@code Host} can never send
 *       a browser elsewhere.
 *   <li>Over HTTPS (directly or at the proxy) every cookie is {@code Secure}.
 * </ul>
 */
class ClientAddressFilter extends OncePerRequestFilter {

    private static final Set<String> FORWARDING_HEADERS = Set.of(
            "forwarded",
            "x-forwarded-for",
            "x-forwarded-proto",
            "x-forwarded-host",
            "x-forwarded-port",
            "x-forwarded-prefix",
            "x-forwarded-ssl",
            "x-real-ip",
            "x-forwarded-server");

    private final List<Network> trustedProxies;
    private final URI publicUrl;

    ClientAddressFilter(WebProperties properties) {
        this.trustedProxies = properties.proxy().trustedAddresses().stream()
                .filter(address -> !address.isBlank())
                .map(Network::parse)
                .toList();
        URI url = properties.publicUrl();
        this.publicUrl = url == null || url.getHost() == null ? null : url;
    }

    /** Error pages are rendered in a dispatch of their own; they too must see the client as it is. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRequest client = new ClientRequest(request);
        chain.doFilter(client, new GuardedResponse(response, client));
    }

    private boolean trusted(String address) {
        return trustedProxies.stream().anyMatch(network -> network.contains(address));
    }

    /** The request as the app should see it. */
    private final class ClientRequest extends HttpServletRequestWrapper {

        private final boolean viaProxy;
        private final String remoteAddress;
        private final boolean secure;

        ClientRequest(HttpServletRequest request) {
            super(request);
            this.viaProxy = trusted(request.getRemoteAddr());
            this.remoteAddress = viaProxy ? forwardedClient(request) : request.getRemoteAddr();
            this.secure = viaProxy ? forwardedSecure(request) : request.isSecure();
        }

        private String forwardedClient(HttpServletRequest request) {
            String client = request.getRemoteAddr();
            List<String> chain = forwardedFor(request);
            for (int i = chain.size() - 1; i >= 0; i--) {
                var address = IpAddresses.canonical(chain.get(i));
                if (address.isEmpty()) {
                    break; // garbage in the chain: the last address we could read is as far as we can trust
                }
                client = address.get();
                if (!trusted(client)) {
                    break;
                }
            }
            return client;
        }

        private List<String> forwardedFor(HttpServletRequest request) {
            List<String> addresses = new java.util.ArrayList<>();
            for (Enumeration<String> headers = request.getHeaders("X-Forwarded-For"); headers.hasMoreElements(); ) {
                for (String address : headers.nextElement().split(",")) {
                    if (!address.isBlank()) {
                        addresses.add(address.strip());
                    }
                }
            }
            return addresses;
        }

        private boolean forwardedSecure(HttpServletRequest request) {
            String proto = request.getHeader("X-Forwarded-Proto");
            if (proto == null || proto.isBlank()) {
                return request.isSecure();
            }
            // A chain of proxies may list several; the first is what the client used.
            return "https".equalsIgnoreCase(proto.split(",")[0].strip());
        }

        @Override
        public String getRemoteAddr() {
            return remoteAddress;
        }

        @Override
        public String getRemoteHost() {
            return remoteAddress;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            if (publicUrl != null) {
                return publicUrl.getScheme();
            }
            return secure ? "https" : "http";
        }

        @Override
        public String getServerName() {
            return publicUrl != null ? publicUrl.getHost() : super.getServerName();
        }

        @Override
        public int getServerPort() {
            if (publicUrl != null) {
                return publicUrl.getPort() >= 0
                        ? publicUrl.getPort()
                        : "https".equals(publicUrl.getScheme()) ? 443 : 80;
            }
            if (viaProxy) {
                return secure ? 443 : 80;
            }
            return super.getServerPort();
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!("https".equals(getScheme()) && port == 443) && !("http".equals(getScheme()) && port == 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name))
                    .toList();
            return Collections.enumeration(names);
        }

        /** Forwarding headers are consumed here: later code never reads them, and from a non-proxy never sees them. */
        private boolean hidden(String name) {
            return FORWARDING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Redirects stay on the app's own address; cookies are Secure over HTTPS. */
    private final class GuardedResponse extends HttpServletResponseWrapper {

        private final ClientRequest request;

        GuardedResponse(HttpServletResponse response, ClientRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            redirect(location, sc, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            redirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            redirect(location, sc, clearBuffer);
        }

        /**
         * The Location header is set as the app wrote it (made safe). Tomcat's own sendRedirect would complete a
         * relative one with the Host header the client sent whenever it thinks the client needs an absolute URL.
         */
        private void redirect(String location, int status, boolean clearBuffer) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("cannot redirect: the response is already committed");
            }
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(status);
            super.setHeader("Location", safeLocation(location));
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, guardedHeader(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, guardedHeader(name, value));
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (request.isSecure()) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        private String guardedHeader(String name, String value) {
            if (value == null) {
                return null;
            }
            if ("location".equalsIgnoreCase(name)) {
                return safeLocation(value);
            }
            if ("set-cookie".equalsIgnoreCase(name)
                    && request.isSecure()
                    && !value.toLowerCase(Locale.ROOT).contains("; secure")) {
                return value + "; Secure";
            }
            return value;
        }
    }

    /**
     * A redirect target the browser will resolve on the app's own address: relative ones stay as they are, absolute
     * ones keep only their path unless they point at the public address. {@code //host} and {@code /\host} count as
     * absolute, as browsers read them.
     */
    String safeLocation(String location) {
        String value = location.strip();
        String normalised = value.replace('\\', '/');
        boolean hasScheme = value.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
        boolean networkPath = normalised.startsWith("//");
        if (!hasScheme && !networkPath) {
            return value.isEmpty() ? "/" : value;
        }
        try {
            URI uri = new URI(networkPath ? "http:" + normalised : value);
            if (publicUrl != null
                    && publicUrl.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
                    && publicUrl.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                    && effectivePort(publicUrl) == effectivePort(uri)
                    && !networkPath) {
                return value;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.startsWith("//")) {
                path = "/" + path.replaceFirst("^/+", "");
            }
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
