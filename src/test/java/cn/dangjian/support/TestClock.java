package cn.dangjian.support;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A {@link MutableClock} as the application's clock, starting now (Beijing time). Test classes that import it
 * alongside {@link TestTree} with the same annotations share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(LocalDateTime.now(BEIJING), BEIJING);
    }
}
