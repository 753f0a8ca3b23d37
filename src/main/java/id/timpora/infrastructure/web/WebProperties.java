package id.timpora.infrastructure.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app is reached ({@code timpora.*}): the public address users type ({@code timpora.public-url}, e.g.
 * {@code https://timpora.kanim-denpasar.go.id}; empty when not published under one name), the reverse proxies whose
 * forwarded headers are believed ({@code timpora.proxy.trusted-addresses}: addresses or CIDR networks; none by default)
 * and the absolute session lifetime ({@code timpora.session.absolute-timeout}) that ends even a busy session.
 */
@ConfigurationProperties("timpora")
public record WebProperties(URI publicUrl, @DefaultValue Proxy proxy, @DefaultValue Session session) {

    public record Proxy(@DefaultValue List<String> trustedAddresses) {}

    public record Session(@DefaultValue("12h") Duration absoluteTimeout) {}
}
