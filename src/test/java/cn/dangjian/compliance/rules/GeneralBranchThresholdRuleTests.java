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

/** JG-02 (第六条) both ways: a 机关 of 50–100 members sets up a 党总支; one of fewer needs approval for it. */
class GeneralBranchThresholdRuleTests {

    private final GeneralBranchThresholdRule rule = new GeneralBranchThresholdRule();

    @ParameterizedTest(name = "unit of {1}+{2} members, top organization a {0}, approval recorded: {3} → {4}")
    @CsvSource({
            "BRANCH,           49, 0, false, NONE",
            "BRANCH,           48, 1, false, NONE",
            "BRANCH,           50, 0, false, VIOLATION",
            "BRANCH,           47, 3, false, VIOLATION",
            "BRANCH,           51, 0, false, VIOLATION",
            "BRANCH,           50, 0, true,  VIOLATION",
            "BRANCH,           99, 0, false, VIOLATION",
            "BRANCH,          100, 0, false, VIOLATION",
            "BRANCH,          101, 0, false, NONE",
            "GENERAL_BRANCH,   20, 0, false, VIOLATION",
            "GENERAL_BRANCH,   49, 0, false, VIOLATION",
            "GENERAL_BRANCH,   48, 1, false, VIOLATION",
            "GENERAL_BRANCH,   50, 0, false, NONE",
            "GENERAL_BRANCH,   49, 1, false, NONE",
            "GENERAL_BRANCH,   51, 0, false, NONE",
            "GENERAL_BRANCH,   20, 0, true,  NONE",
            "GENERAL_BRANCH,   49, 0, true,  NONE",
            "GENERAL_BRANCH,   50, 0, true,  NONE",
            "GENERAL_BRANCH,   51, 0, true,  NONE",
            "GENERAL_BRANCH,  100, 0, false, NONE",
            "GENERAL_BRANCH,  101, 0, false, NONE",
            "PARTY_COMMITTEE,  40, 0, false, N/A",
            "JOINT_BRANCH,     60, 0, false, N/A",
            "TEMPORARY_BRANCH, 60, 0, false, N/A",
            "WORK_COMMITTEE,   60, 0, false, N/A"})
    void aUnitOfFiftyToAHundredMembersSetsUpAGeneralBranchAndOneOfFewerNeedsApproval(
            OrgType type, long full, long probationary, boolean approved, String expected) {
        assertThat(outcome(rule, facts(type, topOfUnit(full, probationary, approved)))).isEqualTo(expected);
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

    @Test
    void aGeneralBranchBelowFiftyWithoutApprovalIsToldToRecordTheApprovalOnItsForm() {
        FindingDraft finding = only(rule, facts(OrgType.GENERAL_BRANCH, topOfUnit(49, 0)));
        assertThat(finding.message()).startsWith("测试局有党员49名，不足50名，现设党总支，未登记上级党组织的批准（JG-02，")
                .contains("经上级党组织批准，也可以设立");
        assertThat(finding.facts()).containsEntry("上级批准", "未登记");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/edit");
    }
}
