package id.timpora.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling per client address ({@code timpora.security.client.*}): {@code freeFailures} failures within
 * {@code window} cost nothing; after that each attempt must wait twice as long as the one before (1 s, 2 s, 4 s ...
 * at most {@code maxWait}); at {@code maxFailures} the client is refused for {@code blockDuration}. The limits are
 * generous because a whole office may sit behind one address.
 */
@ConfigurationProperties("timpora.security.client")
public record SignInClientPolicy(
        @DefaultValue("10") int freeFailures,
        @DefaultValue("30") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("60s") Duration maxWait,
        @DefaultValue("15m") Duration blockDuration) {}
