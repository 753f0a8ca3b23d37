package id.timpora.intake.web;

import id.timpora.intake.IntakePolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sends to the public pages per client and window, counted in memory on each node before anything else is done with
 * the request (no database, no image decoding): a script posting hundreds of times a second is turned away cheaply.
 * The limits on saved reports are the database's ({@code PublicIntake}); this only sheds floods.
 */
@Component
class AttemptLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private record Window(Instant startedAt, int count) {}

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final IntakePolicy policy;
    private final Clock clock;

    AttemptLimiter(IntakePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts one attempt; false when the client has used up its window. */
    boolean tryAttempt(String key) {
        return attempt(key) <= policy.attemptsPerClient();
    }

    /** Counts one attempt and answers how many the client made in its window, this one included. */
    int attempt(String key) {
        Instant now = clock.instant();
        if (windows.size() > MAX_CLIENTS) {
            windows.entrySet()
                    .removeIf(
                            entry -> !now.isBefore(entry.getValue().startedAt().plus(policy.attemptWindow())));
        }
        Window window = windows.compute(
                key,
                (k, old) -> old == null || !now.isBefore(old.startedAt().plus(policy.attemptWindow()))
                        ? new Window(now, 1)
                        : new Window(old.startedAt(), old.count() + 1));
        return window.count();
    }
}
