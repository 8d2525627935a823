package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.committee;
import static cn.dangjian.compliance.rules.RuleFixtures.committeeOf;
import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.members;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.compliance.facts.CommitteeFacts.Standing;
import cn.dangjian.compliance.facts.CommitteeFacts.Term;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.TermFormation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchCommitteeSizeRuleTests {

    private final BranchCommitteeSizeRule rule = new BranchCommitteeSizeRule();

    @ParameterizedTest(name = "{0} with {1} full members and a committee of {2} → {3}")
    @CsvSource({
            "BRANCH,         7, 2, VIOLATION",
            "BRANCH,         7, 3, NONE",
            "BRANCH,         7, 5, NONE",
            "BRANCH,         30, 6, NONE",
            "BRANCH,         30, 7, NONE",
            "BRANCH,         30, 8, ADVICE",
            "BRANCH,         6, 3, ADVICE",
            "JOINT_BRANCH,   9, 2, VIOLATION",
            "BRANCH,         7, 1, N/A",
            "GENERAL_BRANCH, 70, 2, N/A"})
    void aCommitteeHasThreeToFiveMembersGenerallyNoMoreThanSeven(OrgType type, long full, int size, String expected) {
        assertThat(outcome(rule, facts(type, members(full, 0), committeeOf(size)))).isEqualTo(expected);
    }

    @Test
    void aSecretaryAndDeputyAreNoCommittee() {
        assertThat(outcome(rule, facts(OrgType.BRANCH, members(5, 0), committee("SECRETARY DEPUTY_SECRETARY"))))
                .isEqualTo("N/A");
    }

    @Test
    void onePersonHoldingTwoPostsCountsOnce() {
        CommitteeFacts committee = new CommitteeFacts(new Term(1, 2, RuleFixtures.TODAY.minusYears(1),
                RuleFixtures.TODAY.plusYears(2), TermFormation.ELECTED, List.of(post(CommitteePost.SECRETARY, 1),
                post(CommitteePost.DISCIPLINE_MEMBER, 1), post(CommitteePost.ORGANIZATION_MEMBER, 2))));
        var facts = facts(OrgType.BRANCH, members(10, 0), committee);
        FindingDraft finding = only(rule, facts);
        assertThat(finding.message()).isEqualTo("支部委员会只有2人，少于3人"
                + "（ZB-17，《中国共产党支部工作条例（试行）》第六章：支部委员会由3至5人组成，一般不超过7人）");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/terms/new");
    }

    private static Post post(CommitteePost post, long member) {
        return new Post(post, member, "委员" + member,
                Standing.SERVING);
    }
}
