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

class PartyCommitteeThresholdRuleTests {

    private final PartyCommitteeThresholdRule rule = new PartyCommitteeThresholdRule();

    @ParameterizedTest(name = "unit of {1}+{2} members, top organization a {0} → {3}")
    @CsvSource({
            "BRANCH,          49, 0, NONE",
            "BRANCH,          99, 0, NONE",
            "BRANCH,          100, 0, NONE",
            "BRANCH,          101, 0, VIOLATION",
            "GENERAL_BRANCH,  49, 0, NONE",
            "GENERAL_BRANCH,  50, 0, NONE",
            "GENERAL_BRANCH,  99, 0, NONE",
            "GENERAL_BRANCH,  100, 0, ADVICE",
            "GENERAL_BRANCH,  95, 5, ADVICE",
            "GENERAL_BRANCH,  101, 0, VIOLATION",
            "GENERAL_BRANCH,  96, 5, VIOLATION",
            "PARTY_COMMITTEE, 100, 0, N/A",
            "PARTY_COMMITTEE, 40, 0, N/A",
            "JOINT_BRANCH,    120, 0, N/A"})
    void aUnitOfMoreThanAHundredMembersSetsUpAPartyCommittee(OrgType type, long full, long probationary,
                                                              String expected) {
        assertThat(outcome(rule, facts(type, topOfUnit(full, probationary)))).isEqualTo(expected);
    }

    @Test
    void onlyTheTopOrganizationOfTheUnitIsSizedUp() {
        var below = withUnit(members(30, 0), new OwnUnit(9, "测试局", new MemberCount(150, 0), false, 6));
        assertThat(outcome(rule, facts(OrgType.BRANCH, below))).isEqualTo("N/A");
        assertThat(outcome(rule, facts(OrgType.BRANCH, members(150, 0)))).isEqualTo("N/A");
    }

    @Test
    void exactlyAHundredAsksForConfirmationRatherThanReportingABreach() {
        FindingDraft finding = only(rule, facts(OrgType.GENERAL_BRANCH, topOfUnit(100, 0)));
        assertThat(finding.message()).contains("恰为100名", "第五条", "第六条", "请报上级党组织确认")
                .endsWith("（JG-01，《中国共产党党和国家机关基层组织工作条例》第五条：党员100人以上的，设立党的基层委员会）");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/edit");
    }

    @Test
    void aboveAHundredTheMessageNamesTheUnitAndItsCount() {
        FindingDraft finding = only(rule, facts(OrgType.GENERAL_BRANCH, topOfUnit(98, 3)));
        assertThat(finding.message()).isEqualTo("测试局有党员101名，现设党总支，应设立机关党委"
                + "（JG-01，《中国共产党党和国家机关基层组织工作条例》第五条：党员100人以上的，设立党的基层委员会）");
        assertThat(finding.facts()).containsEntry("单位党员", "101").containsEntry("预备党员", "3");
    }
}
