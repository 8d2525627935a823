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
 * ZB-03 (with ZB-01): a 党支部 with fewer than 3 full members is not a branch the rules allow — a unit with fewer
 * than 3 full members joins a 联合党支部. When the branch's unit has 3 or more full members in all, it is one of
 * several branches of that unit and should merge with another; otherwise the unit should join a joint branch.
 * 联合党支部 (which gather such units) and 临时党支部 (whose members keep their relationship elsewhere) are left out.
 */
@Component
class BranchTooFewFullMembersRule extends CatalogueRule {

    BranchTooFewFullMembersRule() {
        super("structure.branch-too-few-full-members", "ZB-03", BRANCH_RULES + "第二章", 1, RuleCategory.STRUCTURE,
                "党支部正式党员不足3人的，应与其他单位联合成立联合党支部");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type() == OrgType.BRANCH
                && facts.find(StructureFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        StructureFacts structure = facts.get(StructureFacts.class);
        long full = structure.subtree().full();
        if (full >= UnitWithoutBranchRule.FULL_MEMBERS_FOR_A_BRANCH) {
            return List.of();
        }
        boolean mergeWithinUnit = structure.ownUnit()
                .map(u -> u.organizations() > 1 && u.members().full() >= UnitWithoutBranchRule.FULL_MEMBERS_FOR_A_BRANCH)
                .orElse(false);
        String remedy = mergeWithinUnit ? "应与本单位其他党组织调整合并" : "应与地域相邻、行业相近的单位联合成立联合党支部";
        String message = "党支部正式党员" + full + "名，不足3名，" + remedy
                + cite("正式党员不足3人的单位，按照地域相邻、行业相近、规模适当、便于管理的原则，成立联合党支部");
        return List.of(new FindingDraft("", Severity.VIOLATION, message, null,
                structure.ownUnit().map(u -> facts("正式党员", full, "预备党员", structure.subtree().probationary(),
                                "所在单位", u.name(), "所在单位正式党员", u.members().full()))
                        .orElse(facts("正式党员", full, "预备党员", structure.subtree().probationary())),
                orgPage(facts.org())));
    }
}
