package cn.dangjian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the embedded PostgreSQL (one server and one context for all such tests).
 * Demo data is off; each test builds its own small tree with {@link TestTree}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestTree.class, EventsSettled.class})
public @interface IntegrationTest {
}
