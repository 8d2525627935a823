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

class DisciplineMemberRuleTests {

    private final DisciplineMemberRule rule = new DisciplineMemberRule();

    @ParameterizedTest(name = "{0} with posts [{1}] → {2}")
    @CsvSource({
            "GENERAL_BRANCH,  SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER PUBLICITY_MEMBER MEMBER, VIOLATION",
            "GENERAL_BRANCH,  SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER ORGANIZATION_MEMBER PUBLICITY_MEMBER, NONE",
            "GENERAL_BRANCH,  SECRETARY, VIOLATION",
            "GENERAL_BRANCH,  '', N/A",
            "BRANCH,          SECRETARY ORGANIZATION_MEMBER PUBLICITY_MEMBER, VIOLATION",
            "BRANCH,          SECRETARY ORGANIZATION_MEMBER DISCIPLINE_MEMBER, NONE",
            "BRANCH,          SECRETARY ORGANIZATION_MEMBER DISCIPLINE_MEMBER:TRANSFERRED, VIOLATION",
            "BRANCH,          SECRETARY DISCIPLINE_MEMBER:RIGHTS_RESTRICTED DISCIPLINE_MEMBER, NONE",
            "BRANCH,          SECRETARY, N/A",
            "BRANCH,          SECRETARY DEPUTY_SECRETARY, N/A",
            "JOINT_BRANCH,    SECRETARY ORGANIZATION_MEMBER PUBLICITY_MEMBER, VIOLATION",
            "PARTY_COMMITTEE, SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER, N/A"})
    void generalBranchAndBranchCommitteesHaveADisciplineMember(OrgType type, String posts, String expected) {
        assertThat(outcome(rule, facts(type, committee(posts)))).isEqualTo(expected);
    }

    @Test
    void theMessageNamesTheCommitteeAndCitesTheArticle() {
        FindingDraft finding = only(rule, facts(OrgType.GENERAL_BRANCH, committee("SECRETARY DEPUTY_SECRETARY MEMBER")));
        assertThat(finding.message()).isEqualTo("第3届党总支委员会未设纪检委员"
                + "（JG-05，《中国共产党党和国家机关基层组织工作条例》第九条：党总支和支部委员会设纪检委员）");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/terms/new");
    }
}
