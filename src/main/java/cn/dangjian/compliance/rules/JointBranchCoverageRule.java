package cn.dangjian.compliance.rules;

import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.org.OrgType;
import org.springframework.stereotype.Component;

/**
 * ZB-03: a 联合党支部 covers generally no more than 5 units. "一般" makes it a soft cap, so more is a
 * {@link Severity#ADVICE}. The units counted are those recorded as covered, its own unit, and the units its
 * members work in.
 */
@Component
class JointBranchCoverageRule extends CatalogueRule {

    static final int MAX_UNITS = 5;

    JointBranchCoverageRule() {
        super("structure.joint-branch-coverage", "ZB-03", BRANCH_RULES + "第二章", 1, RuleCategory.STRUCTURE,
                "联合党支部覆盖单位一般不超过5个");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type() == OrgType.JOINT_BRANCH
                && facts.find(StructureFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        List<String> units = facts.get(StructureFacts.class).coveredUnits();
        if (units.size() <= MAX_UNITS) {
            return List.of();
        }
        String message = "联合党支部覆盖" + units.size() + "个单位，超过" + MAX_UNITS + "个"
                + cite("联合党支部覆盖单位一般不超过5个");
        return List.of(new FindingDraft("", Severity.ADVICE, message, null,
                facts("覆盖单位数", units.size(), "覆盖单位", String.join("、", units)), orgPage(facts.org())));
    }
}
