package cn.dangjian.compliance.rules;

import java.util.List;
import java.util.Map;
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
 * JG-01 (第五条), both ways, on the top organization of a unit (its 机关党委, 党总支 or 党支部), counting everyone on
 * the roll who works in the unit (党员: full and probationary):
 * <ul>
 * <li>a 机关 of more than 100 members whose top organization is a 党总支 or 党支部 should set up a 机关党委
 *     ({@link Severity#VIOLATION});</li>
 * <li>a 机关党委 in a 机关 of fewer than 100 members is set up only "因工作需要、经上级党组织批准": without a recorded
 *     approval it is a {@link Severity#VIOLATION}.</li>
 * </ul>
 * The catalogue warns that exactly 100 satisfies both 第五条 (100人以上 → 党委) and 第六条 (50人以上、100人以下 →
 * 总支), since 以上/以下 include the number: there either form is allowed, and without a recorded approval (the
 * higher organization's confirmation of the form) the 党委 or 总支 gets an {@link Severity#ADVICE}, never a
 * violation. A 党支部 at exactly 100 breaks both articles and is reported once, by {@link GeneralBranchThresholdRule}.
 */
@Component
class PartyCommitteeThresholdRule extends CatalogueRule {

    static final int MEMBERS_FOR_A_COMMITTEE = 100;
    static final String GIST = "党员100人以上的，设立党的基层委员会；不足100人、因工作需要的，经上级党组织批准，也可以设立";

    PartyCommitteeThresholdRule() {
        super("structure.party-committee-threshold", "JG-01", ORGAN_RULES + "第五条", 2, RuleCategory.STRUCTURE,
                "党员100人以上的机关应设立机关党委；不足100人设立机关党委须经上级党组织批准");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active()
                && Set.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH).contains(facts.org().type())
                && facts.find(StructureFacts.class).flatMap(StructureFacts::ownUnit)
                        .map(OwnUnit::topOrganization).orElse(false);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        StructureFacts structure = facts.get(StructureFacts.class);
        OwnUnit unit = structure.ownUnit().orElseThrow();
        long members = unit.members().total();
        OrgType type = facts.org().type();
        boolean approved = structure.formApproval().isPresent();
        Map<String, String> evidence = evidence(structure, type);
        if (type == OrgType.PARTY_COMMITTEE) {
            if (approved || members > MEMBERS_FOR_A_COMMITTEE) {
                return List.of();
            }
            if (members == MEMBERS_FOR_A_COMMITTEE) {
                return List.of(new FindingDraft("", Severity.ADVICE, unit.name() + "党员恰为100名，第五条（100人以上设立机关党委）"
                        + "与第六条（50人以上、100人以下设立党总支）均适用，现设机关党委符合第五条；请报上级党组织确认并登记批准"
                        + cite(GIST), null, evidence, editPage(facts.org())));
            }
            return List.of(new FindingDraft("", Severity.VIOLATION, unit.name() + "有党员" + members
                    + "名，不足100名，现设机关党委，未登记上级党组织的批准" + cite(GIST), null, evidence,
                    editPage(facts.org())));
        }
        if (members > MEMBERS_FOR_A_COMMITTEE) {
            return List.of(new FindingDraft("", Severity.VIOLATION, unit.name() + "有党员" + members + "名，现设"
                    + type.label() + "，应设立机关党委" + cite("党员100人以上的，设立党的基层委员会"), null, evidence,
                    editPage(facts.org())));
        }
        if (members == MEMBERS_FOR_A_COMMITTEE && type == OrgType.GENERAL_BRANCH && !approved) {
            return List.of(new FindingDraft("", Severity.ADVICE, unit.name() + "党员恰为100名，第五条（100人以上设立机关党委）"
                    + "与第六条（50人以上、100人以下设立党总支）均适用，现设党总支符合第六条；是否改设机关党委，请报上级党组织确认"
                    + cite("党员100人以上的，设立党的基层委员会"), null, evidence, editPage(facts.org())));
        }
        return List.of();
    }

    /** The unit's counts, the form set up and any approval of it: the evidence of both JG-01 and JG-02. */
    static Map<String, String> evidence(StructureFacts structure, OrgType type) {
        OwnUnit unit = structure.ownUnit().orElseThrow();
        return facts("单位", unit.name(), "单位党员", unit.members().total(), "正式党员", unit.members().full(),
                "预备党员", unit.members().probationary(), "现设", type.label(), "上级批准",
                structure.formApproval().map(a -> a.approvedOn() + " " + a.reference()).orElse("未登记"));
    }
}
