package cn.dangjian.compliance.rules;

import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.OrgType;
import org.springframework.stereotype.Component;

/**
 * JG-05: the committee of a 党总支, and a 支部委员会, has a 纪检委员 ("shall": a violation when none serves). A
 * branch with only a 书记 has no committee to check (whether it needs one is ZB-17's question); the 机关党委's
 * own 机关纪委 is {@link DisciplineCommitteeRule}'s part of JG-05.
 */
@Component
class DisciplineMemberRule extends CatalogueRule {

    DisciplineMemberRule() {
        super("committee.discipline-member", "JG-05", ORGAN_RULES + "第九条", 1, RuleCategory.COMMITTEE,
                "党总支委员会和支部委员会设纪检委员");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        if (!facts.org().active()) {
            return false;
        }
        OrgType type = facts.org().type();
        return facts.find(CommitteeFacts.class).flatMap(CommitteeFacts::term)
                .map(t -> type == OrgType.GENERAL_BRANCH || (type.isBranch() && t.isCommittee())).orElse(false);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        CommitteeFacts.Term term = facts.get(CommitteeFacts.class).term().orElseThrow();
        if (term.served(CommitteePost.DISCIPLINE_MEMBER)) {
            return List.of();
        }
        String committee = facts.org().type() == OrgType.GENERAL_BRANCH ? "党总支委员会" : "支部委员会";
        List<Post> holders = term.holders(CommitteePost.DISCIPLINE_MEMBER);
        String what = holders.isEmpty() ? "第" + term.number() + "届" + committee + "未设纪检委员"
                : "纪检委员" + holders.get(0).holderName() + SecretaryRule.describe(holders.get(0).standing())
                        + "，纪检委员空缺";
        return List.of(new FindingDraft("", Severity.VIOLATION, what + cite("党总支和支部委员会设纪检委员"), null,
                holders.isEmpty() ? facts("届次", term.number(), "委员人数", term.size())
                        : facts("届次", term.number(), "纪检委员", holders.get(0).holderName(),
                                "状态", holders.get(0).standing().label()),
                termPage(facts.org())));
    }
}
