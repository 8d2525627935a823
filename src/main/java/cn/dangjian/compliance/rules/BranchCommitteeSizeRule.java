package cn.dangjian.compliance.rules;

import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.StructureFacts;
import org.springframework.stereotype.Component;

/**
 * ZB-17: a 支部委员会 has 3 to 5 members, generally no more than 7. Read from the wording: fewer than 3 breaks the
 * rule ({@link Severity#VIOLATION}); 6 or 7 is what "一般不超过7人" still allows (no finding); more than 7 breaks
 * a soft cap ({@link Severity#ADVICE}). A branch with fewer than 7 full members sets up no committee but a 书记
 * (and a 副书记 if needed), so a committee there is an {@link Severity#ADVICE} too.
 */
@Component
class BranchCommitteeSizeRule extends CatalogueRule {

    static final int MIN_SIZE = 3;
    static final int USUAL_MAX_SIZE = 7;

    BranchCommitteeSizeRule() {
        super("committee.branch-committee-size", "ZB-17", BRANCH_RULES + "第六章", 1, RuleCategory.COMMITTEE,
                "支部委员会由3至5人组成，一般不超过7人");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type().isBranch() && facts.find(StructureFacts.class).isPresent()
                && facts.find(CommitteeFacts.class).flatMap(CommitteeFacts::term)
                        .map(CommitteeFacts.Term::isCommittee).orElse(false);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        long full = facts.get(StructureFacts.class).subtree().full();
        int size = facts.get(CommitteeFacts.class).term().orElseThrow().size();
        var evidence = facts("支部委员会人数", size, "正式党员", full);
        if (full < BranchCommitteeRequiredRule.FULL_MEMBERS_FOR_A_COMMITTEE) {
            return List.of(new FindingDraft("", Severity.ADVICE, facts.org().type().label() + "正式党员" + full
                    + "名，不足7名，一般不设支部委员会，设书记1名、必要时设副书记1名；现支部委员会" + size + "人"
                    + cite("正式党员不足7人的党支部，设书记1名，必要时设副书记1名"), null, evidence,
                    termPage(facts.org())));
        }
        if (size < MIN_SIZE) {
            return List.of(new FindingDraft("", Severity.VIOLATION, "支部委员会只有" + size + "人，少于3人"
                    + cite("支部委员会由3至5人组成，一般不超过7人"), null, evidence, termPage(facts.org())));
        }
        if (size > USUAL_MAX_SIZE) {
            return List.of(new FindingDraft("", Severity.ADVICE, "支部委员会有" + size + "人，超过7人"
                    + cite("支部委员会由3至5人组成，一般不超过7人"), null, evidence, termPage(facts.org())));
        }
        return List.of();
    }
}
