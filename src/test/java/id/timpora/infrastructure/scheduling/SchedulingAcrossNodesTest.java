package id.timpora.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two nodes, each with its own scheduler and the application's scheduling set-up, on one database: a job with the
 * lock runs once per firing across both, while a job without it (the control) runs on both.
 */
class SchedulingAcrossNodesTest extends IntegrationTest {

    /** job and second → the nodes that ran it then */
    static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

    @Autowired
    Environment environment;

    @Test
    void aScheduledJobRunsOnceAcrossTwoSchedulers() throws Exception {
        try (var one = node("node-1");
                var two = node("node-2")) {
            Thread.sleep(6_500);
        }

        Map<Long, List<String>> locked = runsOf("locked");
        Map<Long, List<String>> unlocked = runsOf("unlocked");
        assertThat(unlocked.values())
                .as("both schedulers fire every second")
                .filteredOn(nodes -> nodes.size() == 2)
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(locked).as("the locked job ran").hasSizeGreaterThanOrEqualTo(4);
        assertThat(locked.values()).as("never twice in one firing").allSatisfy(nodes -> assertThat(nodes)
                .hasSize(1));
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'test-every-second'", Integer.class))
                .isEqualTo(1);
    }

    private static Map<Long, List<String>> runsOf(String job) {
        Map<Long, List<String>> runs = new java.util.TreeMap<>();
        RUNS.forEach((key, nodes) -> {
            if (key.startsWith(job + "@")) {
                runs.put(Long.parseLong(key.substring(job.length() + 1)), nodes);
            }
        });
        return runs;
    }

    private AnnotationConfigApplicationContext node(String name) {
        DataSource dataSource = new DriverManagerDataSource(
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource);
        context.register(Scheduling.class);
        context.registerBean(Jobs.class, () -> new Jobs(name));
        context.refresh();
        return context;
    }

    static class Jobs {
        private final String node;

        Jobs(String node) {
            this.node = node;
        }

        @Scheduled(cron = "* * * * * *")
        @SchedulerLock(name = "test-every-second", lockAtLeastFor = "PT0.8S", lockAtMostFor = "PT10S")
        public void locked() throws InterruptedException {
            ran("locked");
            Thread.sleep(100);
        }

        @Scheduled(cron = "* * * * * *")
        public void unlocked() {
            ran("unlocked");
        }

        private void ran(String job) {
            RUNS.computeIfAbsent(job + "@" + Instant.now().getEpochSecond(), k -> new CopyOnWriteArrayList<>())
                    .add(node);
        }
    }
}
