package cn.dangjian.compliance.rules;

import java.util.List;
import java.util.Set;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.compliance.facts.StructureFacts.OwnUnit;
import cn.dangjian.org.OrgType;
import org.springframework.stereotype.Component;

/**
 * JG-02 (第六条), both ways, on the top organization of a unit:
 * <ul>
 * <li>a 机关 of 50 to 100 members (50人以上、100人以下, both ends included) sets up a 党总支; a unit whose top
 *     organization is still a single 党支部 breaks it. At exactly 100 the message says that a 机关党委 (JG-01) would
 *     do as well; above 100 {@link PartyCommitteeThresholdRule} reports it instead;</li>
 * <li>a 党总支 in a 机关 of fewer than 50 members is set up only "经上级党组织批准": without a recorded approval it
 *     is a {@link Severity#VIOLATION}.</li>
 * </ul>
 */
@Component
class GeneralBranchThresholdRule extends CatalogueRule {

    static final int MEMBERS_FOR_A_GENERAL_BRANCH = 50;

    GeneralBranchThresholdRule() {
        super("structure.general-branch-threshold", "JG-02", ORGAN_RULES + "第六条", 2, RuleCategory.STRUCTURE,
                "党员50人以上、100人以下的机关应设立党总支；不足50人设立党总支须经上级党组织批准");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && Set.of(OrgType.GENERAL_BRANCH, OrgType.BRANCH).contains(facts.org().type())
                && facts.find(StructureFacts.class).flatMap(StructureFacts::ownUnit)
                        .map(OwnUnit::topOrganization).orElse(false);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        StructureFacts structure = facts.get(StructureFacts.class);
        OwnUnit unit = structure.ownUnit().orElseThrow();
        long members = unit.members().total();
        if (facts.org().type() == OrgType.GENERAL_BRANCH) {
            if (members >= MEMBERS_FOR_A_GENERAL_BRANCH || structure.formApproval().isPresent()) {
                return List.of();
            }
            return List.of(new FindingDraft("", Severity.VIOLATION, unit.name() + "有党员" + members
                    + "名，不足50名，现设党总支，未登记上级党组织的批准"
                    + cite("党员50人以上、100人以下的，设立党的总支部委员会；不足50人、因工作需要的，经上级党组织批准，也可以设立"),
                    null, PartyCommitteeThresholdRule.evidence(structure, facts.org().type()), editPage(facts.org())));
        }
        if (members < MEMBERS_FOR_A_GENERAL_BRANCH || members > PartyCommitteeThresholdRule.MEMBERS_FOR_A_COMMITTEE) {
            return List.of();
        }
        String form = members == PartyCommitteeThresholdRule.MEMBERS_FOR_A_COMMITTEE
                ? "应设立党总支；党员恰为100名，依第五条也可设立机关党委，请报上级党组织确认" : "应设立党总支";
        return List.of(new FindingDraft("", Severity.VIOLATION, unit.name() + "有党员" + members + "名，现设党支部，"
                + form + cite("党员50人以上、100人以下的，设立党的总支部委员会"), null,
                PartyCommitteeThresholdRule.evidence(structure, facts.org().type()), editPage(facts.org())));
    }
}
