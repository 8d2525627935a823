package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.RecruitmentFacts;
import cn.dangjian.recruitment.CaseDeadline;
import cn.dangjian.recruitment.Deadline;

/**
 * A time limit of the 《中国共产党发展党员工作细则》 as findings: each open case whose deadline under this rule has
 * passed (today is after its due day — the due day itself is still within the window) is {@link Severity#OVERDUE},
 * one finding per case (subject = case id) on the organization holding the case, dated from the day after the due
 * day, with the person's name and the due day in the message and a link to the case. When does what fall due is
 * the recruitment module's timeline (under the 细则 the case follows), so these rules only judge lateness; the
 * finding closes as soon as the step is recorded, because the case then waits for something else.
 */
abstract class RecruitmentDeadlineRule extends CatalogueRule {

    RecruitmentDeadlineRule(String code, String ruleId, String article, String title) {
        super("recruitment." + code, ruleId, RECRUITMENT_RULES + article, 1, RuleCategory.RECRUITMENT, title);
    }

    /** What is late, after the person's name: 「入党申请已超过一个月未派人谈话」. */
    abstract String late(CaseDeadline c, LocalDate today);

    /** How pressing a late case is; {@link Severity#OVERDUE} unless the rule has a limit that may never be passed. */
    Severity severity(Deadline d, LocalDate today) {
        return Severity.OVERDUE;
    }

    /** The due day as the message states it: 「应于2026-04-01前」. */
    String due(Deadline d, LocalDate today) {
        return "应于" + d.dueOn() + "前";
    }

    /** Facts shown after the common ones (the parameter a deadline was computed with, the hard limit). */
    Map<String, String> moreFacts(Deadline d, RuleContext context) {
        return Map.of();
    }

    @Override
    public String attentionReason(int count) {
        return "发展党员环节逾期" + count + "个";
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(RecruitmentFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(RecruitmentFacts.class).of(ruleId()).stream()
                .filter(c -> c.deadline().overdue(today))
                .map(c -> finding(c, context))
                .toList();
    }

    private FindingDraft finding(CaseDeadline c, RuleContext context) {
        LocalDate today = context.today();
        Deadline d = c.deadline();
        String message = c.name() + late(c, today) + "（" + due(d, today) + "，" + article() + "）";
        Map<String, String> shown = facts("姓名", c.name(), "所处阶段", c.stage().label(), "待办环节", d.step().label(),
                "期限", d.message(), "应办日期", d.dueOn() + "前", "已逾期", ChronoUnit.DAYS.between(d.dueOn(), today) + "天");
        shown.putAll(moreFacts(d, context));
        return new FindingDraft(String.valueOf(c.caseId()), severity(d, today), message, d.dueOn(), shown,
                recruitmentCasePage(c.caseId()), d.dueOn().plusDays(1));
    }
}
