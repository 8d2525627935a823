package cn.dangjian.compliance.rules;

import java.util.List;
import java.util.Optional;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.org.CommitteePost;
import org.springframework.stereotype.Component;

/**
 * ZB-17 and JG-03: a branch with 7 or more full members sets up a 支部委员会 ("shall": a violation) — not only a
 * 书记 (and 副书记). A committee that is there but too small is {@link BranchCommitteeSizeRule}'s finding.
 */
@Component
class BranchCommitteeRequiredRule extends CatalogueRule {

    static final int FULL_MEMBERS_FOR_A_COMMITTEE = 7;

    BranchCommitteeRequiredRule() {
        super("committee.branch-committee-required", "ZB-17", BRANCH_RULES + "第六章", 1, RuleCategory.COMMITTEE, "正式党员7人以上的党支部应设立支部委员会");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type().isBranch() && facts.find(StructureFacts.class).isPresent()
                && facts.find(CommitteeFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        long full = facts.get(StructureFacts.class).subtree().full();
        Optional<CommitteeFacts.Term> term = facts.get(CommitteeFacts.class).term();
        if (full < FULL_MEMBERS_FOR_A_COMMITTEE || term.map(CommitteeFacts.Term::isCommittee).orElse(false)) {
            return List.of();
        }
        String now = term.map(t -> "只设书记" + (t.holders(CommitteePost.DEPUTY_SECRETARY).isEmpty()
                ? "" : "、副书记") + "，未设支部委员会").orElse("未登记支部委员会");
        String message = facts.org().type().label() + "有正式党员" + full + "名，" + now
                + "（ZB-17，" + article() + "；JG-03，" + ORGAN_RULES + "第七条：正式党员7人以上的党支部，设立支部委员会）";
        return List.of(new FindingDraft("", Severity.VIOLATION, message, null,
                facts("正式党员", full, "现任班子人数", term.map(CommitteeFacts.Term::size).orElse(0)),
                termPage(facts.org())));
    }
}
