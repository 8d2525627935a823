package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.covering;
import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JointBranchCoverageRuleTests {

    private final JointBranchCoverageRule rule = new JointBranchCoverageRule();

    @ParameterizedTest(name = "{0} covering {1} units → {2}")
    @CsvSource({
            "JOINT_BRANCH, 1, NONE",
            "JOINT_BRANCH, 4, NONE",
            "JOINT_BRANCH, 5, NONE",
            "JOINT_BRANCH, 6, ADVICE",
            "JOINT_BRANCH, 11, ADVICE",
            "BRANCH,       6, N/A"})
    void aJointBranchCoversGenerallyNoMoreThanFiveUnits(OrgType type, int units, String expected) {
        assertThat(outcome(rule, facts(type, covering(units)))).isEqualTo(expected);
    }

    @Test
    void theAdviceListsTheUnits() {
        FindingDraft finding = only(rule, facts(OrgType.JOINT_BRANCH, covering(6)));
        assertThat(finding.message()).isEqualTo("联合党支部覆盖6个单位，超过5个"
                + "（ZB-03，《中国共产党支部工作条例（试行）》第二章：联合党支部覆盖单位一般不超过5个）");
        assertThat(finding.facts()).containsEntry("覆盖单位", "单位1、单位2、单位3、单位4、单位5、单位6");
    }
}
