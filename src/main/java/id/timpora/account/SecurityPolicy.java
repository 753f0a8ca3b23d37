package id.timpora.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in throttling and password rules ({@code timpora.security.*}). */
@ConfigurationProperties("timpora.security")
public record SecurityPolicy(int maxFailedAttempts, Duration lockDuration, int passwordMinLength) {}
