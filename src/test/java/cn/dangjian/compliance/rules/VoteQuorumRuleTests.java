package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.QuorumFacts;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.QuorumFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.defaults;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

class VoteQuorumRuleTests {

    @ParameterizedTest(name = "{0} rule, failed vote in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BRANCH_ASSEMBLY   | BRANCH_ASSEMBLY   | VIOLATION:501
            BRANCH_ASSEMBLY   | COMMITTEE_MEETING | NONE
            COMMITTEE_MEETING | COMMITTEE_MEETING | VIOLATION:501
            COMMITTEE_MEETING | BRANCH_ASSEMBLY   | NONE
            BRANCH_ASSEMBLY   |                   | NONE
            """)
    void onePerMeetingOfItsOwnType(MeetingType ruleType, MeetingType failed, String expected) {
        VoteQuorumRule rule = new VoteQuorumRule(ruleType);
        List<QuorumFailure> failures = failed == null ? List.of() : List.of(failure(501, failed, 10, 5));
        assertThat(outcome(rule, branch(new QuorumFacts(failures)), defaults(LocalDate.of(2026, 6, 1), rule)))
                .isEqualTo(expected);
    }

    @Test
    void theFindingNamesTheCountsAndLeadsToTheMeeting() {
        VoteQuorumRule rule = new VoteQuorumRule(MeetingType.BRANCH_ASSEMBLY);
        FindingDraft f = rule.evaluate(branch(new QuorumFacts(List.of(failure(9, MeetingType.BRANCH_ASSEMBLY, 10, 5)))),
                defaults(LocalDate.of(2026, 6, 1), rule)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.message()).contains("应到10人、实到5人").contains("ZB-08").contains("第十一条").contains("讨论接收预备党员");
        assertThat(f.facts()).containsEntry("法定到会人数", "超过5人（6人以上）");
        assertThat(f.fixPath()).isEqualTo("/meetings/9");
        assertThat(rule.code()).isEqualTo("meetings.vote-quorum.branch-assembly");
        assertThat(new VoteQuorumRule(MeetingType.COMMITTEE_MEETING).ruleId()).isEqualTo("ZB-09");
    }

    private static QuorumFailure failure(long id, MeetingType type, int expected, int present) {
        return new QuorumFailure(id, MemberRuleFixtures.BRANCH_ID, type, LocalDateTime.of(2026, 3, 5, 9, 0), "季度会议",
                expected, present, List.of("讨论接收预备党员"));
    }
}
