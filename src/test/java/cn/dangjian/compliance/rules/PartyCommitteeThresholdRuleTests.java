package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.members;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RuleFixtures.topOfUnit;
import static cn.dangjian.compliance.rules.RuleFixtures.withUnit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.MemberCount;
import cn.dangjian.compliance.facts.StructureFacts.OwnUnit;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JG-01 (第五条) both ways: a 机关 of more than 100 members sets up a 机关党委; one of fewer needs approval for it. */
class PartyCommitteeThresholdRuleTests {

    private final PartyCommitteeThresholdRule rule = new PartyCommitteeThresholdRule();

    @ParameterizedTest(name = "unit of {1}+{2} members, top organization a {0}, approval recorded: {3} → {4}")
    @CsvSource({
            "BRANCH,           49, 0, false, NONE",
            "BRANCH,           99, 0, false, NONE",
            "BRANCH,          100, 0, false, NONE",
            "BRANCH,          101, 0, false, VIOLATION",
            "BRANCH,          101, 0, true,  VIOLATION",
            "GENERAL_BRANCH,   49, 0, false, NONE",
            "GENERAL_BRANCH,   50, 0, false, NONE",
            "GENERAL_BRANCH,   99, 0, false, NONE",
            "GENERAL_BRANCH,  100, 0, false, ADVICE",
            "GENERAL_BRANCH,   95, 5, false, ADVICE",
            "GENERAL_BRANCH,  100, 0, true,  NONE",
            "GENERAL_BRANCH,  101, 0, false, VIOLATION",
            "GENERAL_BRANCH,   96, 5, false, VIOLATION",
            "GENERAL_BRANCH,  101, 0, true,  VIOLATION",
            "PARTY_COMMITTEE,  40, 0, false, VIOLATION",
            "PARTY_COMMITTEE,  99, 0, false, VIOLATION",
            "PARTY_COMMITTEE,  97, 2, false, VIOLATION",
            "PARTY_COMMITTEE, 100, 0, false, ADVICE",
            "PARTY_COMMITTEE,  98, 2, false, ADVICE",
            "PARTY_COMMITTEE, 101, 0, false, NONE",
            "PARTY_COMMITTEE,  40, 0, true,  NONE",
            "PARTY_COMMITTEE,  99, 0, true,  NONE",
            "PARTY_COMMITTEE, 100, 0, true,  NONE",
            "PARTY_COMMITTEE, 101, 0, true,  NONE",
            "JOINT_BRANCH,    120, 0, false, N/A",
            "TEMPORARY_BRANCH, 120, 0, false, N/A",
            "PARTY_GROUP,     120, 0, false, N/A",
            "WORK_COMMITTEE,   40, 0, false, N/A"})
    void aUnitOfMoreThanAHundredMembersSetsUpAPartyCommitteeAndOneOfFewerNeedsApproval(
            OrgType type, long full, long probationary, boolean approved, String expected) {
        assertThat(outcome(rule, facts(type, topOfUnit(full, probationary, approved)))).isEqualTo(expected);
    }

    @Test
    void onlyTheTopOrganizationOfTheUnitIsSizedUp() {
        var below = withUnit(members(30, 0), new OwnUnit(9, "测试局", new MemberCount(150, 0), false, 6));
        assertThat(outcome(rule, facts(OrgType.BRANCH, below))).isEqualTo("N/A");
        assertThat(outcome(rule, facts(OrgType.BRANCH, members(150, 0)))).isEqualTo("N/A");
        var committeeBelow = withUnit(members(30, 0), new OwnUnit(9, "测试局", new MemberCount(30, 0), false, 6));
        assertThat(outcome(rule, facts(OrgType.PARTY_COMMITTEE, committeeBelow))).isEqualTo("N/A");
    }

    @Test
    void exactlyAHundredAsksForConfirmationRatherThanReportingABreach() {
        FindingDraft finding = only(rule, facts(OrgType.GENERAL_BRANCH, topOfUnit(100, 0)));
        assertThat(finding.message()).contains("恰为100名", "第五条", "第六条", "请报上级党组织确认")
                .endsWith("（JG-01，《中国共产党党和国家机关基层组织工作条例》第五条：党员100人以上的，设立党的基层委员会）");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/edit");

        FindingDraft committee = only(rule, facts(OrgType.PARTY_COMMITTEE, topOfUnit(100, 0)));
        assertThat(committee.message()).contains("恰为100名", "现设机关党委符合第五条", "请报上级党组织确认并登记批准");
    }

    @Test
    void aboveAHundredTheMessageNamesTheUnitAndItsCount() {
        FindingDraft finding = only(rule, facts(OrgType.GENERAL_BRANCH, topOfUnit(98, 3)));
        assertThat(finding.message()).isEqualTo("测试局有党员101名，现设党总支，应设立机关党委"
                + "（JG-01，《中国共产党党和国家机关基层组织工作条例》第五条：党员100人以上的，设立党的基层委员会）");
        assertThat(finding.facts()).containsEntry("单位党员", "101").containsEntry("预备党员", "3");
    }

    @Test
    void aCommitteeBelowAHundredWithoutApprovalIsToldToRecordTheApprovalOnItsForm() {
        FindingDraft finding = only(rule, facts(OrgType.PARTY_COMMITTEE, topOfUnit(99, 0)));
        assertThat(finding.message()).isEqualTo("测试局有党员99名，不足100名，现设机关党委，未登记上级党组织的批准"
                + "（JG-01，《中国共产党党和国家机关基层组织工作条例》第五条：" + PartyCommitteeThresholdRule.GIST + "）");
        assertThat(finding.facts()).containsEntry("上级批准", "未登记").containsEntry("现设", "机关党委");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/edit");
    }
}
