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
 * JG-01: a 机关 with 100 or more members (党员: full and probationary) sets up a 机关党委. Checked on the unit's
 * top organization when it is a 党总支 or 党支部, counting everyone who works in the unit.
 * <p>
 * The catalogue warns that exactly 100 satisfies both 第五条 (100人以上 → 党委) and 第六条 (50人以上、100人以下 →
 * 总支), since 以上/以下 include the number. So at exactly 100 a 党总支 is an {@link Severity#ADVICE} to confirm
 * the form with the higher organization, never a violation; a 党支部 at exactly 100 breaks both articles and is
 * reported once, by {@link GeneralBranchThresholdRule}. Above 100 anything below a 党委 is a violation.
 */
@Component
class PartyCommitteeThresholdRule extends CatalogueRule {

    static final int MEMBERS_FOR_A_COMMITTEE = 100;

    PartyCommitteeThresholdRule() {
        super("structure.party-committee-threshold", "JG-01", ORGAN_RULES + "第五条", 1, RuleCategory.STRUCTURE,
                "党员100人以上的机关应设立机关党委");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && Set.of(OrgType.GENERAL_BRANCH, OrgType.BRANCH).contains(facts.org().type())
                && facts.find(StructureFacts.class).flatMap(StructureFacts::ownUnit)
                        .map(OwnUnit::topOrganization).orElse(false);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        OwnUnit unit = facts.get(StructureFacts.class).ownUnit().orElseThrow();
        long members = unit.members().total();
        String current = facts.org().type().label();
        var evidence = facts("单位", unit.name(), "单位党员", members, "正式党员", unit.members().full(),
                "预备党员", unit.members().probationary(), "现设", current);
        if (members > MEMBERS_FOR_A_COMMITTEE) {
            return List.of(new FindingDraft("", Severity.VIOLATION, unit.name() + "有党员" + members + "名，现设"
                    + current + "，应设立机关党委" + cite("党员100人以上的，设立党的基层委员会"), null, evidence,
                    editPage(facts.org())));
        }
        if (members == MEMBERS_FOR_A_COMMITTEE && facts.org().type() == OrgType.GENERAL_BRANCH) {
            return List.of(new FindingDraft("", Severity.ADVICE, unit.name() + "党员恰为100名，第五条（100人以上设立机关党委）"
                    + "与第六条（50人以上、100人以下设立党总支）均适用，现设党总支符合第六条；是否改设机关党委，请报上级党组织确认"
                    + cite("党员100人以上的，设立党的基层委员会"), null, evidence, editPage(facts.org())));
        }
        return List.of();
    }
}
