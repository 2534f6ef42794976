package io.clientele.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes may share one database: a scheduled job marked {@code @SchedulerLock} runs on one of them per
 * schedule (ShedLock, a row per job in {@code shedlock}, times from the database's clock so the nodes' clocks need not
 * agree). On also when scheduling is off, so tests call the jobs through the same lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class ClusterLocks {
    /**
     * Every node fires a schedule at its own clock's time; the lock is held at least this long so a node whose clock
     * runs late finds it still taken instead of running the same schedule again. The most the nodes' clocks may
     * differ (under the shortest schedule, a minute).
     */
    public static final String CLOCK_SKEW = "${clientele.cluster.clock-skew:PT20S}";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
