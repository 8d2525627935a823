package cn.dangjian.compliance;

import java.util.List;

import cn.dangjian.parameters.ParameterDefinition;

/**
 * One rule of the catalogue as code: a small pure class with a stable {@code code} (never reused: stored findings
 * refer to it), the catalogue id and article it enforces, a {@code version} raised whenever what it checks changes,
 * and {@code evaluate} over immutable facts. Numbers the catalogue tags S or U are parameters, declared in
 * {@link #parameters()} and read from {@link RuleContext#parameters()}, never constants.
 */
public interface ComplianceRule {

    /** Stable code, e.g. {@code structure.branch-size}. */
    String code();

    /** The catalogue id, e.g. {@code ZB-02}. */
    String ruleId();

    /** The regulation and article, e.g. 《中国共产党支部工作条例（试行）》第四条. */
    String article();

    int version();

    RuleCategory category();

    /** What the rule checks, in one Chinese line for the catalogue page. */
    String title();

    /**
     * Why an organization needs attention, in a few words, when {@code count} of its findings under this rule are
     * late (「主题党日3期未按期召开」); the 工委's and 党委's home page lists it beside the organization.
     */
    default String attentionReason(int count) {
        return title() + (count > 1 ? "（" + count + "项）" : "");
    }

    /** The parameters this rule reads; the parameters module lists, validates and stores them. */
    default List<ParameterDefinition> parameters() {
        return List.of();
    }

    /**
     * The keys of every parameter the rule's findings depend on — its own and those another module applies for it
     * (e.g. the meeting frequencies the life module's plan uses); stored with each finding.
     */
    default List<String> reads() {
        return parameters().stream().map(ParameterDefinition::key).toList();
    }

    /** Whether the rule concerns this organization at all (e.g. only branches). */
    boolean appliesTo(OrgFacts facts);

    /**
     * Whether an open finding with this subject, no longer reported, merely fell out of the rule's window (a past
     * year's meeting that can no longer be held) rather than being remedied — it is then closed as lapsed, not as
     * resolved.
     */
    default boolean lapsed(String subject, java.time.LocalDate today) {
        return false;
    }

    /** The findings for this organization now; empty when everything is in order. */
    List<FindingDraft> evaluate(OrgFacts facts, RuleContext context);
}
