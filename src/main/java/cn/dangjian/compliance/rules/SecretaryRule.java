package cn.dangjian.compliance.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.compliance.facts.CommitteeFacts.Standing;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.OrgType;
import org.springframework.stereotype.Component;

/**
 * JG-04 (with ZB-18's 及时补选): every 机关党委, 党总支 and branch has a 书记 — none recorded, a current term
 * without one, or a 书记 who can no longer serve (relationship transferred out, 停止党籍 or 留党察看, left the roll)
 * is a vacancy to fill by by-election or appointment.
 */
@Component
class SecretaryRule extends CatalogueRule {

    private static final Set<OrgType> TYPES = Set.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH,
            OrgType.JOINT_BRANCH, OrgType.TEMPORARY_BRANCH);
    private static final String GIST = "书记、副书记选举产生后报上级党组织批准；出现空缺应及时补选，必要时上级党组织可以指派（ZB-18）";

    SecretaryRule() {
        super("committee.secretary", "JG-04", ORGAN_RULES + "第八条", 1, RuleCategory.COMMITTEE, "党组织应有在任书记");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && TYPES.contains(facts.org().type())
                && facts.find(CommitteeFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        Optional<CommitteeFacts.Term> current = facts.get(CommitteeFacts.class).term();
        String org = facts.org().type().label();
        if (current.isEmpty()) {
            return List.of(vacancy(facts, org + "未登记现任书记", facts("现任班子", "未登记")));
        }
        CommitteeFacts.Term term = current.get();
        List<Post> secretaries = term.holders(CommitteePost.SECRETARY);
        if (secretaries.isEmpty()) {
            return List.of(vacancy(facts, "第" + term.number() + "届班子未设书记", facts("届次", term.number())));
        }
        if (term.served(CommitteePost.SECRETARY)) {
            return List.of();
        }
        Post former = secretaries.get(0);
        return List.of(vacancy(facts, "书记" + former.holderName() + describe(former.standing()) + "，书记空缺",
                facts("届次", term.number(), "书记", former.holderName(), "状态", former.standing().label())));
    }

    private FindingDraft vacancy(OrgFacts facts, String what, java.util.Map<String, String> evidence) {
        return new FindingDraft("", Severity.VIOLATION, what + cite(GIST), null, evidence, termPage(facts.org()));
    }

    static String describe(Standing standing) {
        return switch (standing) {
            case SERVING -> "在任";
            case TRANSFERRED -> "的组织关系已转出本组织";
            case RIGHTS_RESTRICTED -> "已停止党籍或受留党察看处分";
            case OFF_ROLL -> "已不在党员名册（出党或去世）";
        };
    }
}
