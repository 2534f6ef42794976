package io.clientele.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The background jobs (webhook delivery, support-session expiry, next visits, the nightly duplicate scan and trash
 * retention) run on a schedule unless {@code clientele.scheduling=false}: the unit tests switch them off and call the
 * job they test themselves, so no job runs in the middle of another test.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "clientele", name = "scheduling", matchIfMissing = true)
class Scheduling {}
