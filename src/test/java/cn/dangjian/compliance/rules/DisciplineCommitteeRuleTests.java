package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.committee;
import static cn.dangjian.compliance.rules.RuleFixtures.context;
import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.members;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JG-05 (第九条) for a 机关党委: a 机关纪委 (its 纪委书记, a 副书记 of the 党委), or a 纪检委员 where the 党委 is small. */
class DisciplineCommitteeRuleTests {

    private static final String DEPUTY_LEADS = "SECRETARY DEPUTY_SECRETARY+DISCIPLINE_SECRETARY ORGANIZATION_MEMBER";

    private final DisciplineCommitteeRule rule = new DisciplineCommitteeRule();

    @ParameterizedTest(name = "{0} of {1} members with posts [{2}] → {3}")
    @CsvSource({
            "PARTY_COMMITTEE, 150, " + DEPUTY_LEADS + ", NONE",
            "PARTY_COMMITTEE, 150, SECRETARY DEPUTY_SECRETARY DISCIPLINE_SECRETARY ORGANIZATION_MEMBER, ADVICE",
            "PARTY_COMMITTEE, 150, SECRETARY DISCIPLINE_SECRETARY ORGANIZATION_MEMBER, ADVICE",
            "PARTY_COMMITTEE, 150, SECRETARY DEPUTY_SECRETARY+DISCIPLINE_SECRETARY:TRANSFERRED MEMBER, VIOLATION",
            "PARTY_COMMITTEE, 150, SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER ORGANIZATION_MEMBER, VIOLATION",
            "PARTY_COMMITTEE, 150, SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER, VIOLATION",
            "PARTY_COMMITTEE, 101, SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER, VIOLATION",
            "PARTY_COMMITTEE, 100, SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER, VIOLATION",
            "PARTY_COMMITTEE,  99, SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER, NONE",
            "PARTY_COMMITTEE,  99, SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER:OFF_ROLL, VIOLATION",
            "PARTY_COMMITTEE,  99, SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER, VIOLATION",
            "PARTY_COMMITTEE,  99, " + DEPUTY_LEADS + ", NONE",
            "PARTY_COMMITTEE, 150, '', N/A",
            "GENERAL_BRANCH,   60, SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER, N/A",
            "BRANCH,           30, SECRETARY ORGANIZATION_MEMBER PUBLICITY_MEMBER, N/A"})
    void aPartyCommitteeSetsUpADisciplineCommitteeLedByADeputySecretary(OrgType type, long members, String posts,
                                                                       String expected) {
        assertThat(outcome(rule, facts(type, committee(posts), members(members, 0)))).isEqualTo(expected);
    }

    @Test
    void whatCountsAsSmallIsALocalParameter() {
        var facts = facts(OrgType.PARTY_COMMITTEE, committee("SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER"),
                members(60, 0));
        assertThat(outcome(rule, facts)).isEqualTo("NONE");
        var everyCommittee = context(RuleFixtures.TODAY, Map.of(DisciplineCommitteeRule.SMALL_COMMITTEE, "0"), rule);
        assertThat(outcome(rule, facts, everyCommittee)).isEqualTo("VIOLATION");
        var larger = context(RuleFixtures.TODAY, Map.of(DisciplineCommitteeRule.SMALL_COMMITTEE, "200"), rule);
        assertThat(outcome(rule, facts(OrgType.PARTY_COMMITTEE, committee("SECRETARY DEPUTY_SECRETARY DISCIPLINE_MEMBER"),
                members(150, 0)), larger)).isEqualTo("NONE");
    }

    @Test
    void theMessagesCiteTheArticleAndPointToTheTermForm() {
        FindingDraft missing = only(rule, facts(OrgType.PARTY_COMMITTEE,
                committee("SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER"), members(150, 0)));
        assertThat(missing.message()).isEqualTo("第3届机关党委未设机关纪委（未登记纪委书记）"
                + "（JG-05，《中国共产党党和国家机关基层组织工作条例》第九条：" + DisciplineCommitteeRule.GIST + "）");
        assertThat(missing.fixPath()).isEqualTo("/orgs/42/terms/new");

        FindingDraft small = only(rule, facts(OrgType.PARTY_COMMITTEE,
                committee("SECRETARY DEPUTY_SECRETARY ORGANIZATION_MEMBER"), members(80, 0)));
        assertThat(small.message()).startsWith("第3届机关党委未设机关纪委（未登记纪委书记），也未设纪检委员（JG-05");

        FindingDraft notDeputy = only(rule, facts(OrgType.PARTY_COMMITTEE,
                committee("SECRETARY DEPUTY_SECRETARY DISCIPLINE_SECRETARY"), members(150, 0)));
        assertThat(notDeputy.message()).startsWith("纪委书记委员102不是第3届机关党委副书记，纪委书记应由机关党委副书记担任（JG-05");
    }

    @Test
    void theParameterCitesTheRuleAndDefaultsToTheCommitteeThreshold() {
        assertThat(rule.parameters()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("JG-05");
            assertThat(p.defaultValue()).isEqualTo("100");
        });
    }
}
