package cn.dangjian.compliance.rules;

import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.StructureFacts;
import org.springframework.stereotype.Component;

/**
 * ZB-02: a branch (党支部, 联合党支部, 临时党支部) has generally no more than 50 members, full and probationary
 * alike. "一般" makes it a soft cap: a larger branch is an {@link Severity#ADVICE} to consider splitting it.
 */
@Component
class BranchSizeRule extends CatalogueRule {

    static final int MAX_MEMBERS = 50;

    BranchSizeRule() {
        super("structure.branch-size", "ZB-02", BRANCH_RULES + "第四条", 1, RuleCategory.STRUCTURE,
                "党支部党员人数一般不超过50人");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type().isBranch() && facts.find(StructureFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        StructureFacts structure = facts.get(StructureFacts.class);
        long members = structure.subtree().total();
        if (members <= MAX_MEMBERS) {
            return List.of();
        }
        String message = facts.org().type().label() + "党员" + members + "名，超过" + MAX_MEMBERS + "名"
                + cite("一般不超过50人");
        return List.of(new FindingDraft("", Severity.ADVICE, message, null,
                facts("党员总数", members, "正式党员", structure.subtree().full(),
                        "预备党员", structure.subtree().probationary()),
                orgPage(facts.org())));
    }
}
