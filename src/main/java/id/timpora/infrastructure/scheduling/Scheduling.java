package id.timpora.infrastructure.scheduling;

import java.lang.management.ManagementFactory;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one way to run a job on a schedule: a {@code @Scheduled} method that also carries {@code @SchedulerLock}.
 * Every node schedules every job; when the time comes, the node that takes the job's row in the {@code shedlock}
 * table runs it and the others skip that run, so a job runs once across all nodes (ArchitectureTest refuses a
 * {@code @Scheduled} method without the lock).
 *
 * <p>Choosing the lock times: {@code lockAtMostFor} longer than the job can ever take (a node that dies while running
 * it frees the job after that time), {@code lockAtLeastFor} longer than the clock difference between nodes (a few
 * seconds; a node whose clock is late must still find the lock taken) and shorter than the interval. Lock times are
 * the database's clock, not the nodes'.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class Scheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName())
                .usingDbTime()
                .build());
    }
}
