package id.timpora.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public form ({@code timpora.intake.*}). Saved reports are counted in the database, so the limits hold
 * across app nodes: {@code perClientPerHour} and {@code perClientPerDay} per client address (an IPv4 address or an IPv6
 * /64), {@code globalPerHour} for all senders together. {@code attemptsPerClient} sends (also refused ones) per client
 * within {@code attemptWindow} are let through to the checks at all, counted on each node. {@code minFillTime} is the
 * least time between showing the form and sending it (a script sends at once); {@code challengeLifetime} how long the
 * form's question stays valid.
 */
@ConfigurationProperties("timpora.intake")
public record IntakePolicy(
        @DefaultValue("5") int perClientPerHour,
        @DefaultValue("20") int perClientPerDay,
        @DefaultValue("600") int globalPerHour,
        @DefaultValue("30") int attemptsPerClient,
        @DefaultValue("10m") Duration attemptWindow,
        @DefaultValue("3") int maxPhotos,
        @DefaultValue("5242880") int maxPhotoBytes,
        @DefaultValue("3s") Duration minFillTime,
        @DefaultValue("2h") Duration challengeLifetime,
        @DefaultValue("24h") Duration duplicateWindow) {}
