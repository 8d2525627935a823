package cn.dangjian.config;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule reads "today" from (Beijing time). {@code dangjian.clock.fixed} pins it to an
 * instant, for demonstrations and tests.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock(@Value("${dangjian.clock.fixed:}") String fixed) {
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(BEIJING);
        }
        return Clock.fixed(OffsetDateTime.parse(fixed).toInstant(), BEIJING);
    }
}
