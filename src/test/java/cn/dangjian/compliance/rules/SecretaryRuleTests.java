package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.committee;
import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretaryRuleTests {

    private final SecretaryRule rule = new SecretaryRule();

    @ParameterizedTest(name = "{0} with posts [{1}] → {2}")
    @CsvSource({
            "BRANCH,           SECRETARY, NONE",
            "BRANCH,           '', VIOLATION",
            "BRANCH,           DEPUTY_SECRETARY ORGANIZATION_MEMBER DISCIPLINE_MEMBER, VIOLATION",
            "BRANCH,           SECRETARY:TRANSFERRED DEPUTY_SECRETARY, VIOLATION",
            "BRANCH,           SECRETARY:RIGHTS_RESTRICTED, VIOLATION",
            "BRANCH,           SECRETARY:OFF_ROLL, VIOLATION",
            "PARTY_COMMITTEE,  SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER, NONE",
            "PARTY_COMMITTEE,  '', VIOLATION",
            "GENERAL_BRANCH,   '', VIOLATION",
            "JOINT_BRANCH,     '', VIOLATION",
            "TEMPORARY_BRANCH, SECRETARY, NONE",
            "WORK_COMMITTEE,   '', N/A",
            "PARTY_GROUP,      '', N/A"})
    void everyOrganizationHasASecretaryInOffice(OrgType type, String posts, String expected) {
        assertThat(outcome(rule, facts(type, committee(posts)))).isEqualTo(expected);
    }

    @Test
    void aSecretaryWhoMovedAwayLeavesAVacancy() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, committee("SECRETARY:TRANSFERRED ORGANIZATION_MEMBER")));
        assertThat(finding.message()).isEqualTo("书记委员100的组织关系已转出本组织，书记空缺"
                + "（JG-04，《中国共产党党和国家机关基层组织工作条例》第八条：书记、副书记选举产生后报上级党组织批准；"
                + "出现空缺应及时补选，必要时上级党组织可以指派（ZB-18））");
        assertThat(finding.facts()).containsEntry("书记", "委员100").containsEntry("状态", "组织关系已转出本组织");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/terms/new");
    }

    @Test
    void noTermRecordedIsAVacancyToo() {
        assertThat(only(rule, facts(OrgType.GENERAL_BRANCH, committee(""))).message())
                .startsWith("党总支未登记现任书记（JG-04，");
    }
}
