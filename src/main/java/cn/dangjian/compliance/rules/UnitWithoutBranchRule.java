package cn.dangjian.compliance.rules;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.compliance.facts.StructureFacts.MemberUnit;
import org.springframework.stereotype.Component;

/**
 * ZB-01, 应建未建: a unit (单位) with 3 or more full members and no 机关党委, 党总支 or 党支部 of its own (a
 * 联合党支部 it shares with others does not count: that form is for units with fewer than 3, ZB-03).
 * <p>
 * A unit is not an organization: it has no place in the tree, no scope and no to-do list, so the finding is
 * reported on the organization that holds the unit's members — the one holding most of its full members when
 * they are spread over several, so each unit is reported once — with the unit's id as the subject. That
 * organization's secretary knows these members, its higher organization approves the new branch (ZB-07), and
 * the new branch is where their relationships will go. The fix starts with a new organization beside it.
 */
@Component
class UnitWithoutBranchRule extends CatalogueRule {

    static final int FULL_MEMBERS_FOR_A_BRANCH = 3;

    UnitWithoutBranchRule() {
        super("structure.unit-without-branch", "ZB-01", BRANCH_RULES + "第四条", 1, RuleCategory.STRUCTURE,
                "正式党员3人以上的单位应当成立党支部（应建未建）");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type().holdsMembers()
                && facts.find(StructureFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        List<FindingDraft> findings = new ArrayList<>();
        for (MemberUnit unit : facts.get(StructureFacts.class).memberUnits()) {
            if (unit.mainHolder() && !unit.hasOwnOrganization() && unit.members().full() >= FULL_MEMBERS_FOR_A_BRANCH) {
                String message = unit.name() + "有正式党员" + unit.members().full() + "名，未单独成立党支部，其中"
                        + unit.heldHere().total() + "名党员的组织关系在本组织"
                        + cite("凡是有正式党员3人以上的基层单位，都应当成立党支部");
                findings.add(new FindingDraft(String.valueOf(unit.id()), Severity.VIOLATION, message, null,
                        facts("单位", unit.name(), "单位正式党员", unit.members().full(),
                                "单位预备党员", unit.members().probationary(),
                                "组织关系在本组织的", unit.heldHere().total()),
                        newOrganizationPage(facts)));
            }
        }
        return findings;
    }

    /** The new-organization form, beside the organization holding the members. */
    private static String newOrganizationPage(OrgFacts facts) {
        Long parent = facts.org().parentId();
        return parent == null ? "/orgs/new" : "/orgs/new?parentId=" + parent;
    }
}
