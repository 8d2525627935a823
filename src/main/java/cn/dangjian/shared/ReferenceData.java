package cn.dangjian.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A facade method that reads data the same for every signed-in person and about no one (the holiday calendar,
 * the rule catalogue, the platform's standard document formats), so it takes no {@link AccessScope}.
 * {@link #value()} says why; ArchitectureTests accepts only methods so marked, listeners and methods that take
 * an {@link AccessScope}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReferenceData {

    /** Why the data is the same for everyone. */
    String value();
}
