package cn.dangjian.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The module's second door: a method (or every method of a class) that other modules, listeners and scheduled
 * jobs call without a person behind the call. It takes no {@link AccessScope} — the caller applies its own
 * person's scope to what it shows — and web code may not call it (ArchitectureTests). Everything a page or an
 * API handler calls takes the caller's {@link AccessScope} and checks it first.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ForModules {
}
