package cn.dangjian.compliance.rules;

import java.util.List;

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
 * JG-02: a 机关 with 50 to 100 members (50人以上、100人以下, both ends included) sets up a 党总支; a unit whose
 * top organization is still a single 党支部 breaks it. At exactly 100 the message says that a 机关党委 (JG-01)
 * would do as well; above 100 {@link PartyCommitteeThresholdRule} reports it instead.
 */
@Component
class GeneralBranchThresholdRule extends CatalogueRule {

    static final int MEMBERS_FOR_A_GENERAL_BRANCH = 50;

    GeneralBranchThresholdRule() {
        super("structure.general-branch-threshold", "JG-02", ORGAN_RULES + "第六条", 1, RuleCategory.STRUCTURE,
                "党员50人以上、100人以下的机关应设立党总支");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type() == OrgType.BRANCH
                && facts.find(StructureFacts.class).flatMap(StructureFacts::ownUnit)
                        .map(OwnUnit::topOrganization).orElse(false);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        OwnUnit unit = facts.get(StructureFacts.class).ownUnit().orElseThrow();
        long members = unit.members().total();
        if (members < MEMBERS_FOR_A_GENERAL_BRANCH || members > PartyCommitteeThresholdRule.MEMBERS_FOR_A_COMMITTEE) {
            return List.of();
        }
        String form = members == PartyCommitteeThresholdRule.MEMBERS_FOR_A_COMMITTEE
                ? "应设立党总支；党员恰为100名，依第五条也可设立机关党委，请报上级党组织确认" : "应设立党总支";
        return List.of(new FindingDraft("", Severity.VIOLATION, unit.name() + "有党员" + members + "名，现设党支部，"
                + form + cite("党员50人以上、100人以下的，设立党的总支部委员会"), null,
                facts("单位", unit.name(), "单位党员", members, "正式党员", unit.members().full(),
                        "预备党员", unit.members().probationary(), "现设", facts.org().type().label()),
                editPage(facts.org())));
    }
}
