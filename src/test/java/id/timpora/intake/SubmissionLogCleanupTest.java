package id.timpora.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The log of public form sends is kept 90 days (the client addresses in it are personal data), then deleted. */
class SubmissionLogCleanupTest extends IntegrationTest {

    @Autowired
    SubmissionLogCleanup cleanup;

    @Test
    void sendsOlderThanTheRetentionPeriodAreDeletedAndNewerOnesKept() {
        String client = "10.77." + (UUID.randomUUID().hashCode() & 0xff) + ".1";
        for (int daysAgo : new int[] {200, 91, 89, 1}) {
            jdbc.update(
                    """
                    insert into public_submission (attempted_at, client_key, outcome, reason)
                    values (now() - make_interval(days => ?), ?, 'DITOLAK', 'HONEYPOT')""",
                    daysAgo,
                    client);
        }

        cleanup.removeOld();

        assertThat(jdbc.queryForList(
                        "select extract(day from now() - attempted_at)::int from public_submission where client_key = ?"
                                + " order by attempted_at",
                        Integer.class,
                        client))
                .containsExactly(89, 1);
    }
}
