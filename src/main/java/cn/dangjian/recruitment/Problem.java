package cn.dangjian.recruitment;

/**
 * Why a step cannot be recorded as given: the rule and the field concerned, in Chinese. A {@code waivable}
 * problem is a window the 细则 lets be exceeded in special cases (一般、特殊情况): the step is accepted with a
 * written justification, and the higher organization sees it.
 */
public record Problem(String ruleId, String field, String message, boolean waivable) {
}
