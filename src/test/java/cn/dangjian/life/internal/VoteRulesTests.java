package cn.dangjian.life.internal;

import cn.dangjian.life.MeetingType;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.VoteOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** ZB-08 / ZB-09 quorum and pass thresholds, including exactly half and 应到 vs 实到. */
class VoteRulesTests {

    @ParameterizedTest(name = "[{index}] {0}: 应到{1} 实到{2} 赞成{3} 反对{4} 弃权{5} → 有效{6} 通过{7}")
    @CsvSource(delimiter = '|', textBlock = """
            BRANCH_ASSEMBLY   | 10 | 6  | 6 | 0 | 0 | true  | true
            BRANCH_ASSEMBLY   | 10 | 5  | 5 | 0 | 0 | false | false
            BRANCH_ASSEMBLY   | 10 | 6  | 5 | 1 | 0 | true  | false
            BRANCH_ASSEMBLY   | 10 | 10 | 5 | 5 | 0 | true  | false
            BRANCH_ASSEMBLY   | 10 | 10 | 6 | 4 | 0 | true  | true
            BRANCH_ASSEMBLY   | 9  | 5  | 5 | 0 | 0 | true  | true
            BRANCH_ASSEMBLY   | 9  | 5  | 4 | 0 | 1 | true  | false
            BRANCH_ASSEMBLY   | 9  | 4  | 4 | 0 | 0 | false | false
            BRANCH_ASSEMBLY   | 3  | 2  | 2 | 0 | 0 | true  | true
            BRANCH_ASSEMBLY   | 1  | 1  | 1 | 0 | 0 | true  | true
            BRANCH_ASSEMBLY   | 0  | 0  | 0 | 0 | 0 | false | false
            COMMITTEE_MEETING | 5  | 3  | 3 | 0 | 0 | true  | true
            COMMITTEE_MEETING | 5  | 2  | 2 | 0 | 0 | false | false
            COMMITTEE_MEETING | 4  | 2  | 2 | 0 | 0 | false | false
            COMMITTEE_MEETING | 4  | 3  | 2 | 1 | 0 | true  | false
            COMMITTEE_MEETING | 7  | 4  | 4 | 0 | 0 | true  | true
            """)
    void quorumCountsPresentVotersAndPassCountsAgainstThoseWhoShouldAttend(MeetingType type, int expected,
            int present, int inFavour, int against, int abstaining, boolean quorum, boolean passed) {
        VoteOutcome outcome = VoteRules.outcome(type, expected, present, inFavour, against, abstaining);
        assertThat(outcome.quorumMet()).isEqualTo(quorum);
        assertThat(outcome.passed()).isEqualTo(passed);
        if (!passed) {
            assertThat(outcome.message()).contains(type == MeetingType.COMMITTEE_MEETING ? "ZB-09" : "ZB-08");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BRANCH_ASSEMBLY   | 10 | 5 | 出席人数未超过应到会有表决权党员半数（应到10人，实到5人），表决无效（ZB-08，《中国共产党支部工作条例（试行）》第十一条）
            COMMITTEE_MEETING | 5  | 2 | 出席委员2人，未超过委员总数5人的半数，会议不能举行，表决无效（ZB-09，《中国共产党支部工作条例（试行）》第十二条）
            """)
    void aMissingQuorumIsExplainedInChinese(MeetingType type, int expected, int present, String message) {
        assertThat(VoteRules.outcome(type, expected, present, present, 0, 0).message()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            6 | 3 | 2 | 1 | -
            6 | 4 | 2 | 1 | 赞成、反对、弃权票合计7票，超过出席的有表决权人数6人
            6 | -1| 0 | 0 | 票数不能为负数
            """)
    void theTallyCannotExceedTheVotersPresent(int present, int inFavour, int against, int abstaining, String problem) {
        assertThat(VoteRules.tallyProblem(present, inFavour, against, abstaining)).isEqualTo(problem);
    }

    /**
     * FZ-13/FZ-14 (admission, and 转正 by FZ-23): written opinions of absent voters count towards the result, never
     * towards the quorum; a candidate passes on more than half of those who should attend.
     */
    @ParameterizedTest(name = "[{index}] 应到{0} 实到{1} 赞成{2} 反对{3} 弃权{4} 书面赞成{5} 书面反对{6} → 有效{7} 通过{8}")
    @CsvSource(delimiter = '|', textBlock = """
            10 | 6 | 5 | 1 | 0 | 1 | 0 | true  | true
            10 | 6 | 4 | 2 | 0 | 1 | 0 | true  | false
            10 | 5 | 5 | 0 | 0 | 5 | 0 | false | false
            10 | 6 | 3 | 3 | 0 | 2 | 2 | true  | false
            9  | 5 | 3 | 2 | 0 | 2 | 0 | true  | true
            9  | 5 | 3 | 2 | 0 | 1 | 1 | true  | false
            """)
    void writtenOpinionsCountTowardsTheResultButNotTheQuorum(int expected, int present, int inFavour, int against,
            int abstaining, int writtenFor, int writtenAgainst, boolean quorum, boolean passed) {
        RecordMeeting.Vote vote = new RecordMeeting.Vote(inFavour, against, abstaining, true, writtenFor, writtenAgainst, 0);
        VoteOutcome outcome = VoteRules.outcome(MeetingType.BRANCH_ASSEMBLY, expected, present, vote);
        assertThat(outcome.quorumMet()).isEqualTo(quorum);
        assertThat(outcome.passed()).isEqualTo(passed);
        if (quorum) {
            assertThat(outcome.message()).startsWith("无记名投票，赞成" + (inFavour + writtenFor) + "票")
                    .contains("含未到会党员书面意见" + (writtenFor + writtenAgainst) + "份");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BRANCH_ASSEMBLY   | 10 | 6 | 4 | -
            BRANCH_ASSEMBLY   | 10 | 6 | 5 | 书面意见5份，超过未到会的有表决权党员人数4人（FZ-14，《中国共产党发展党员工作细则》第二十条）
            COMMITTEE_MEETING | 5  | 3 | 1 | 只有支部党员大会表决时才计入未到会党员的书面意见（FZ-14，《中国共产党发展党员工作细则》第二十条）
            """)
    void writtenOpinionsComeOnlyFromVotersWhoWereAbsent(MeetingType type, int expected, int present, int written,
                                                         String problem) {
        RecordMeeting.Vote vote = new RecordMeeting.Vote(present, 0, 0, true, written, 0, 0);
        assertThat(VoteRules.tallyProblem(type, expected, present, vote)).isEqualTo(problem);
    }
}
