package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.members;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchSizeRuleTests {

    private final BranchSizeRule rule = new BranchSizeRule();

    @ParameterizedTest(name = "{0} with {1} full / {2} probationary → {3}")
    @CsvSource({
            "BRANCH,           50, 0, NONE",
            "BRANCH,           49, 1, NONE",
            "BRANCH,           51, 0, ADVICE",
            "BRANCH,           50, 1, ADVICE",
            "BRANCH,           2, 49, ADVICE",
            "JOINT_BRANCH,     51, 0, ADVICE",
            "TEMPORARY_BRANCH, 60, 0, ADVICE",
            "GENERAL_BRANCH,   90, 0, N/A",
            "PARTY_COMMITTEE,  300, 0, N/A"})
    void aBranchHasGenerallyNoMoreThanFiftyMembers(OrgType type, long full, long probationary, String expected) {
        assertThat(outcome(rule, facts(type, members(full, probationary)))).isEqualTo(expected);
    }

    @Test
    void theAdviceCitesTheRuleAndCountsEveryMember() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, members(55, 3)));
        assertThat(finding.message())
                .isEqualTo("党支部党员58名，超过50名（ZB-02，《中国共产党支部工作条例（试行）》第四条：一般不超过50人）");
        assertThat(finding.facts().keySet()).containsExactly("党员总数", "正式党员", "预备党员");
        assertThat(finding.facts().values()).containsExactly("58", "55", "3");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42");
    }
}
