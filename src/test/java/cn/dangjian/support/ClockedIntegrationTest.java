package cn.dangjian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * Like {@link IntegrationTest}, with MockMvc and a {@link MutableClock} the test moves by hand ({@link TestClock}).
 * Every class so annotated shares one application context (a second one beside {@link IntegrationTest}'s).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestTree.class, TestClock.class, EventsSettled.class})
public @interface ClockedIntegrationTest {
}
