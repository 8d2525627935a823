package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.holding;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.MemberCount;
import cn.dangjian.compliance.facts.StructureFacts.MemberUnit;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitWithoutBranchRuleTests {

    private final UnitWithoutBranchRule rule = new UnitWithoutBranchRule();

    @ParameterizedTest(name = "{0}: unit with {1} full / {2} probationary, own org {3}, main holder {4} → {5}")
    @CsvSource({
            "BRANCH,         2, 0, false, true,  NONE",
            "BRANCH,         3, 0, false, true,  VIOLATION",
            "BRANCH,         2, 9, false, true,  NONE",
            "BRANCH,         4, 0, true,  true,  NONE",
            "BRANCH,         4, 0, false, false, NONE",
            "JOINT_BRANCH,   3, 0, false, true,  VIOLATION",
            "PARTY_COMMITTEE,5, 0, false, true,  VIOLATION",
            "PARTY_GROUP,    5, 0, false, true,  N/A",
            "WORK_COMMITTEE, 5, 0, false, true,  N/A"})
    void aUnitWithThreeFullMembersNeedsAnOrganizationOfItsOwn(OrgType type, long full, long probationary,
                                                               boolean ownOrganization, boolean mainHolder,
                                                               String expected) {
        MemberUnit unit = new MemberUnit(77, "区档案馆", new MemberCount(full, probationary),
                new MemberCount(full, probationary), ownOrganization, mainHolder);
        assertThat(outcome(rule, facts(type, holding(unit)))).isEqualTo(expected);
    }

    @Test
    void theFindingNamesTheUnitAndSitsOnTheOrganizationHoldingItsMembers() {
        MemberUnit unit = new MemberUnit(77, "区档案馆", new MemberCount(3, 1), new MemberCount(4, 1), false, true);
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, holding(unit)));
        assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(finding.subject()).isEqualTo("77");
        assertThat(finding.message()).isEqualTo("区档案馆有正式党员4名，未单独成立党支部，其中4名党员的组织关系在本组织"
                + "（ZB-01，《中国共产党支部工作条例（试行）》第四条：凡是有正式党员3人以上的基层单位，都应当成立党支部）");
        assertThat(finding.facts()).containsEntry("单位", "区档案馆").containsEntry("单位正式党员", "4")
                .containsEntry("组织关系在本组织的", "4");
        assertThat(finding.fixPath()).isEqualTo("/orgs/new?parentId=7");
    }

    @Test
    void eachUnitIsItsOwnFinding() {
        MemberUnit archive = new MemberUnit(77, "区档案馆", new MemberCount(3, 0), new MemberCount(3, 0), false, true);
        MemberUnit office = new MemberUnit(78, "区信访局", new MemberCount(5, 0), new MemberCount(5, 0), false, true);
        assertThat(rule.evaluate(facts(OrgType.BRANCH, holding(archive, office)), RuleFixtures.context(RuleFixtures.TODAY)))
                .extracting(FindingDraft::subject).containsExactly("77", "78");
    }
}
