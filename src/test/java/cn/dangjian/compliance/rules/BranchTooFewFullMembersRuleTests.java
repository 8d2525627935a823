package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.members;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RuleFixtures.withUnit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.MemberCount;
import cn.dangjian.compliance.facts.StructureFacts.OwnUnit;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchTooFewFullMembersRuleTests {

    private final BranchTooFewFullMembersRule rule = new BranchTooFewFullMembersRule();

    @ParameterizedTest(name = "{0} with {1} full / {2} probationary → {3}")
    @CsvSource({
            "BRANCH,           2, 3, VIOLATION",
            "BRANCH,           3, 0, NONE",
            "BRANCH,           0, 0, VIOLATION",
            "BRANCH,           2, 40, VIOLATION",
            "JOINT_BRANCH,     2, 0, N/A",
            "TEMPORARY_BRANCH, 0, 0, N/A",
            "GENERAL_BRANCH,   2, 0, N/A"})
    void aBranchNeedsThreeFullMembers(OrgType type, long full, long probationary, String expected) {
        assertThat(outcome(rule, facts(type, members(full, probationary)))).isEqualTo(expected);
    }

    @Test
    void aSmallUnitIsToldToJoinAJointBranch() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, withUnit(members(2, 3),
                new OwnUnit(9, "区委网信办", new MemberCount(2, 3), true, 1))));
        assertThat(finding.message()).isEqualTo("党支部正式党员2名，不足3名，应与地域相邻、行业相近的单位联合成立联合党支部"
                + "（ZB-03，《中国共产党支部工作条例（试行）》第二章：正式党员不足3人的单位，按照地域相邻、行业相近、规模适当、"
                + "便于管理的原则，成立联合党支部）");
        assertThat(finding.facts()).containsEntry("正式党员", "2").containsEntry("所在单位", "区委网信办");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42");
    }

    @Test
    void aSmallBranchOfALargerUnitIsToldToMergeWithinIt() {
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, withUnit(members(2, 0),
                new OwnUnit(9, "区财政局", new MemberCount(120, 4), false, 6))));
        assertThat(finding.message()).startsWith("党支部正式党员2名，不足3名，应与本单位其他党组织调整合并（ZB-03，");
    }
}
