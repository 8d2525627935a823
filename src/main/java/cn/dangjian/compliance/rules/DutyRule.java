package cn.dangjian.compliance.rules;

import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.duty.DutyFacts;

/**
 * What the 督查督办 rules share: they are 责任落实 rules, and they concern an active organization only while the duty
 * module reports something open for it. There is no national 党内 rule for the workflow (DB-01…DB-04 are the
 * practice local 督查 rules agree on), so the citation names that practice.
 */
abstract class DutyRule extends CatalogueRule {

    static final String PRACTICE = "各地督查督办工作规程通行做法";

    DutyRule(String code, String ruleId, String title) {
        this(code, ruleId, PRACTICE, title);
    }

    DutyRule(String code, String ruleId, String article, String title) {
        super("duty." + code, ruleId, article, 1, RuleCategory.DUTY, title);
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(DutyFacts.class).isPresent();
    }

    /** The inspection's page, where its items are fixed and closed and its reports recorded as sent. */
    static String inspectionPage(long inspectionId) {
        return "/inspections/" + inspectionId;
    }

    /** The task's page, where its part is reported, reviewed or closed. */
    static String taskPage(long taskId) {
        return "/tasks/" + taskId;
    }
}
