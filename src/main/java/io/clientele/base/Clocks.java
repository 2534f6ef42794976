package io.clientele.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock services read the time from, so tests can move time instead of editing timestamps or waiting. */
@Configuration(proxyBeanMethods = false)
class Clocks {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
