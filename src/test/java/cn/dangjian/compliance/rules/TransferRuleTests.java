package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.transfer.TransferFacts;
import cn.dangjian.transfer.TransferFacts.OwedReceipt;
import cn.dangjian.transfer.TransferFacts.UnansweredLetter;
import cn.dangjian.transfer.TransferFacts.WaitingStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * JY-09: a step of a transfer waits no longer than its limit; ZJ-04/ZJ-05: a letter out of the platform past its
 * validity with no 回执 is to be followed up, and a month later its 回执 is overdue; a letter taken in from outside
 * owes its 回执 from the day the member was received and is late after one month. The due days come from the
 * transfer module (counted in {@code TransferDeadlinesTests}); these rules judge them, the due day itself in time.
 */
class TransferRuleTests {

    private final TransferStepWaitingRule waitingRule = new TransferStepWaitingRule();
    private final LetterReceiptRule receiptRule = new LetterReceiptRule();
    private final ReceiptReplyRule replyRule = new ReceiptReplyRule();

    private static RuleContext context(LocalDate today) {
        return new RuleContext(today, new ParameterValues(today, java.util.Map.of()));
    }

    /** Reached on Monday 2 November, 15 days: due Tuesday 17 November. */
    private static TransferFacts waiting(boolean approval) {
        return new TransferFacts(List.of(new WaitingStep(41, "赵丽华", "第一党支部", approval,
                LocalDate.of(2026, 11, 2), 15, LocalDate.of(2026, 11, 17))), List.of(), List.of(), List.of());
    }

    /** Issued 3 November with 30 days: valid through 3 December, its 回执 expected by 4 January. */
    private static TransferFacts letter() {
        return new TransferFacts(List.of(), List.of(new UnansweredLetter(52, "孙建国", "2026-007", "中共某某大学委员会",
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 4))), List.of(), List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-11-10, NONE",
            "2026-11-17, NONE",
            "2026-11-18, OVERDUE:41",
            "2027-03-01, OVERDUE:41"})
    void aStepIsOverdueFromTheDayAfterItsDueDay(LocalDate today, String expected) {
        assertThat(outcome(waitingRule, branch(waiting(true)), context(today))).isEqualTo(expected);
        assertThat(outcome(waitingRule, branch(waiting(false)), context(today))).isEqualTo(expected);
    }

    @Test
    void theWaitingFindingNamesTheMemberTheStepAndTheLimit() {
        FindingDraft f = waitingRule.evaluate(branch(waiting(false)), context(LocalDate.of(2026, 11, 20))).get(0);
        assertThat(f.message()).contains("赵丽华").contains("第一党支部").contains("待本组织接收").contains("2026-11-17")
                .contains("JY-09").contains("不得无故拒绝接收");
        assertThat(f.facts()).containsEntry("办理时限", "15天（规则参数）").containsEntry("已逾期", "3天");
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(f.fixPath()).isEqualTo("/transfers/41");
        assertThat(waitingRule.evaluate(branch(waiting(true)), context(LocalDate.of(2026, 11, 20))).get(0).message())
                .contains("待本组织审批");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-11-20, NONE",
            // the last valid day
            "2026-12-03, NONE",
            "2026-12-04, DUE:52",
            // the last day the 回执 can be in time
            "2027-01-04, DUE:52",
            "2027-01-05, OVERDUE:52"})
    void aLetterPastItsValidityIsFollowedUpAndItsReceiptIsLateAMonthLater(LocalDate today, String expected) {
        assertThat(outcome(receiptRule, branch(letter()), context(today))).isEqualTo(expected);
    }

    @Test
    void theLetterFindingNamesTheNumberAndWhereTheMemberWent() {
        FindingDraft due = receiptRule.evaluate(branch(letter()), context(LocalDate.of(2026, 12, 10))).get(0);
        assertThat(due.message()).contains("孙建国").contains("第2026-007号").contains("中共某某大学委员会")
                .contains("有效期至2026-12-03，已过期").contains("ZJ-04");
        assertThat(due.since()).isEqualTo(LocalDate.of(2026, 12, 4));
        FindingDraft late = receiptRule.evaluate(branch(letter()), context(LocalDate.of(2027, 1, 8))).get(0);
        assertThat(late.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(late.message()).contains("回执应于2027-01-04前寄回");
        assertThat(late.since()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(late.fixPath()).isEqualTo("/transfers/52");
    }

    /** Taken in on Wednesday 25 November: the 回执 is due by Friday 25 December. */
    private static TransferFacts owed() {
        return new TransferFacts(List.of(), List.of(), List.of(new OwedReceipt(63, "陈思远", "中共江城大学委员会组织部",
                "2026-031", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 25))), List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // the day the member was taken in
            "2026-11-25, DUE:in-63",
            // the last day of the month
            "2026-12-25, DUE:in-63",
            "2026-12-26, OVERDUE:in-63",
            "2027-04-01, OVERDUE:in-63"})
    void aReceiptOwedIsDueFromTheDayOfReceivingAndLateAfterOneMonth(LocalDate today, String expected) {
        assertThat(outcome(replyRule, branch(owed()), context(today))).isEqualTo(expected);
    }

    @Test
    void theReceiptFindingNamesTheIssuerTheNumberAndTheLastDay() {
        FindingDraft due = replyRule.evaluate(branch(owed()), context(LocalDate.of(2026, 12, 1))).get(0);
        assertThat(due.message()).contains("陈思远").contains("中共江城大学委员会组织部").contains("第2026-031号")
                .contains("请于2026-12-25前将回执寄回").contains("ZJ-04");
        assertThat(due.since()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(due.fixPath()).isEqualTo("/transfers/incoming/63");
        FindingDraft late = replyRule.evaluate(branch(owed()), context(LocalDate.of(2026, 12, 30))).get(0);
        assertThat(late.message()).contains("已逾期5天");
        assertThat(late.since()).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    void anOrganizationWithoutOpenTransfersIsNotConcerned() {
        assertThat(outcome(replyRule, branch(), context(LocalDate.of(2026, 12, 1)))).isEqualTo("N/A");
        assertThat(outcome(waitingRule, branch(), context(LocalDate.of(2026, 12, 1)))).isEqualTo("N/A");
        assertThat(outcome(receiptRule, branch(), context(LocalDate.of(2026, 12, 1)))).isEqualTo("N/A");
    }
}
