package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RuleFixtures.topOfUnit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneralBranchThresholdRuleTests {

    private final GeneralBranchThresholdRule rule = new GeneralBranchThresholdRule();

    @ParameterizedTest(name = "unit of {1}+{2} members, top organization a {0} → {3}")
    @CsvSource({
            "BRANCH,          49, 0, NONE",
            "BRANCH,          48, 1, NONE",
            "BRANCH,          50, 0, VIOLATION",
            "BRANCH,          47, 3, VIOLATION",
            "BRANCH,          99, 0, VIOLATION",
            "BRANCH,          100, 0, VIOLATION",
            "BRANCH,          101, 0, NONE",
            "GENERAL_BRANCH,  60, 0, N/A",
            "PARTY_COMMITTEE, 60, 0, N/A"})
    void aUnitOfFiftyToAHundredMembersSetsUpAGeneralBranch(OrgType type, long full, long probationary,
                                                            String expected) {
        assertThat(outcome(rule, facts(type, topOfUnit(full, probationary)))).isEqualTo(expected);
    }

    @Test
    void theMessageCitesTheArticle() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, topOfUnit(50, 0)));
        assertThat(finding.message()).isEqualTo("测试局有党员50名，现设党支部，应设立党总支"
                + "（JG-02，《中国共产党党和国家机关基层组织工作条例》第六条：党员50人以上、100人以下的，设立党的总支部委员会）");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/edit");
    }

    @Test
    void atExactlyAHundredEitherFormIsNamed() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, topOfUnit(100, 0)));
        assertThat(finding.message()).contains("应设立党总支", "也可设立机关党委", "请报上级党组织确认");
    }
}
