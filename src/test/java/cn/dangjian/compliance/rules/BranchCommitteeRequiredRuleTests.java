package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.committee;
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

class BranchCommitteeRequiredRuleTests {

    private final BranchCommitteeRequiredRule rule = new BranchCommitteeRequiredRule();

    @ParameterizedTest(name = "{0} with {1} full / {2} probationary, posts [{3}] → {4}")
    @CsvSource({
            "BRANCH,          6, 0, SECRETARY, NONE",
            "BRANCH,          6, 5, SECRETARY, NONE",
            "BRANCH,          7, 0, SECRETARY, VIOLATION",
            "BRANCH,          7, 0, SECRETARY DEPUTY_SECRETARY, VIOLATION",
            "BRANCH,          7, 0, '', VIOLATION",
            "BRANCH,          6, 0, '', NONE",
            "BRANCH,          7, 0, SECRETARY ORGANIZATION_MEMBER DISCIPLINE_MEMBER, NONE",
            "BRANCH,          7, 0, SECRETARY ORGANIZATION_MEMBER, NONE",
            "JOINT_BRANCH,    12, 0, SECRETARY, VIOLATION",
            "GENERAL_BRANCH,  60, 0, SECRETARY, N/A",
            "PARTY_COMMITTEE, 200, 0, SECRETARY, N/A"})
    void aBranchOfSevenFullMembersSetsUpACommittee(OrgType type, long full, long probationary, String posts,
                                                   String expected) {
        assertThat(outcome(rule, facts(type, members(full, probationary), committee(posts)))).isEqualTo(expected);
    }

    @Test
    void theMessageCitesBothRegulations() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, members(21, 1), committee("SECRETARY")));
        assertThat(finding.message()).isEqualTo("党支部有正式党员21名，只设书记，未设支部委员会"
                + "（ZB-17，《中国共产党支部工作条例（试行）》第六章；JG-03，《中国共产党党和国家机关基层组织工作条例》第七条："
                + "正式党员7人以上的党支部，设立支部委员会）");
        assertThat(finding.facts()).containsEntry("正式党员", "21").containsEntry("现任班子人数", "1");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/terms/new");
    }

    @Test
    void aBranchWithNoTermRecordedIsToldSo() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, members(9, 0), committee("")));
        assertThat(finding.message()).startsWith("党支部有正式党员9名，未登记支部委员会（ZB-17，");
    }
}
