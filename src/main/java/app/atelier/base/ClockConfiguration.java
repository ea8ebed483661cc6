package app.atelier.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
    /**
     * Milliseconds, as the store keeps times: a card held in memory then reads exactly as it will after a restart or
     * a restore (with nanoseconds, its times changed once written and read back).
     */
    @Bean
    Clock clock() {
        return Clock.tickMillis(java.time.ZoneOffset.UTC);
    }
}
