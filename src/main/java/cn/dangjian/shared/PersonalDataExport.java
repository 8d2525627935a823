package cn.dangjian.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web handler that downloads personal data (a roster, a ledger or document naming people). The
 * identity module puts each successful download in the audit trail: who, what ({@link #value}, in Chinese),
 * the request with its filters, and the remote address.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalDataExport {

    /** What is downloaded, e.g. 党员名册. */
    String value();
}
