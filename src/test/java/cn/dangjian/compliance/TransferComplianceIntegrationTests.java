package cn.dangjian.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.EventsSettled;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import cn.dangjian.transfer.IncomingLetters;
import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.ReceiptSent;
import cn.dangjian.transfer.RecordIncomingLetter;
import cn.dangjian.transfer.RecordReceipt;
import cn.dangjian.transfer.StartLetterTransfer;
import cn.dangjian.transfer.StartTransfer;
import cn.dangjian.transfer.TransferLetters;
import cn.dangjian.transfer.Transfers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The transfer rules on the real database, through the transfer module's facts and events: a transfer left with the
 * 党委 past the 15 days of {@code transfer.step-days} is overdue there (JY-09), the approval closes it — by its event,
 * no evaluation called — and the receiver's own 15 days start; a letter out of the platform past its validity is to
 * be followed up by the sending branch until its 回执 is recorded (ZJ-04).
 */
@ClockedIntegrationTest
class TransferComplianceIntegrationTests {

    @Autowired
    Compliance compliance;
    @Autowired
    Transfers transfers;
    @Autowired
    TransferLetters letters;
    @Autowired
    IncomingLetters incoming;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    EventsSettled events;

    private final AccessScope system = AccessScope.system();

    @AfterEach
    void backToNow() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
    }

    @Test
    void aStepLeftPastItsLimitIsOverdueWhereItWaitsUntilItIsTaken() {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        TestTree.Tree t = trees.build();
        AccessScope sender = trees.subtreeScope(t.a1());
        AccessScope committee = trees.subtreeScope(t.a());
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());

        clock.set(LocalDateTime.of(2026, 11, 17, 9, 0));
        events.await();
        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a(), "JY-09")).as("the 15th day is still in time").isEmpty();

        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        compliance.reevaluateSubtree(t.a());
        FindingView late = open(t.a(), "JY-09").orElseThrow();
        assertThat(late.subject()).isEqualTo(String.valueOf(id));
        assertThat(late.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(late.message()).contains("待本组织审批").contains("应于2026-11-17前办理");
        assertThat(late.fixPath()).isEqualTo("/transfers/" + id);
        assertThat(late.parameters()).containsEntry("transfer.step-days", "15");

        transfers.approve(committee, id, transfers.get(committee, id).version());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(open(t.a(), "JY-09")).isEmpty());
        assertThat(open(t.a2(), "JY-09")).as("the receiver's 15 days start on the day it was sent").isEmpty();

        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a2(), "JY-09").orElseThrow().message()).contains("待本组织接收").contains("应于2026-12-03前办理");
    }

    @Test
    void aLetterPastItsValidityIsFollowedUpByTheSenderUntilItsReceiptIsRecorded() {
        clock.set(LocalDateTime.of(2026, 11, 3, 9, 0));
        TestTree.Tree t = trees.build();
        AccessScope sender = trees.subtreeScope(t.a1());
        AccessScope committee = trees.subtreeScope(t.a());
        long id = transfers.startOut(sender, new StartLetterTransfer(t.memberA1(), "中共某某大学委员会", null,
                LetterCarrier.SELF, "考取研究生", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        transfers.approve(committee, id, transfers.get(committee, id).version());
        LocalDate validThrough = transfers.get(sender, id).letter().validThrough();
        assertThat(validThrough).isEqualTo(LocalDate.of(2026, 12, 3));

        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        events.await();
        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a1(), "ZJ-04")).isEmpty();

        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        compliance.reevaluateSubtree(t.a());
        FindingView expired = open(t.a1(), "ZJ-04").orElseThrow();
        assertThat(expired.severity()).isEqualTo(Severity.DUE);
        assertThat(expired.message()).contains("有效期至2026-12-03，已过期").contains("中共某某大学委员会");

        letters.recordReceipt(sender, id, new RecordReceipt(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4),
                "李明"), transfers.get(sender, id).version());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(open(t.a1(), "ZJ-04")).isEmpty());
    }

    @Test
    void aReceiptOwedForALetterFromOutsideIsDueAtOnceLateAfterAMonthAndClosedWhenSent() {
        clock.set(LocalDateTime.of(2026, 11, 25, 9, 0));
        TestTree.Tree t = trees.build();
        AccessScope branch = trees.subtreeScope(t.a1());
        String citizenId = TestTree.citizenId(LocalDate.of(1999, 5, 6), 990, true);
        long id = incoming.record(branch, new RecordIncomingLetter(t.a1(), "中共江城大学委员会组织部", null, t.root() + "-088",
                LocalDate.of(2026, 11, 20), 30, YearMonth.of(2026, 11), LocalDate.of(2026, 11, 25), "陈思远",
                Gender.MALE, 27, Ethnicity.HAN, citizenId, MemberKind.PROBATIONARY, null, LocalDate.of(2026, 6, 20), null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(open(t.a1(), "ZJ-04"))
                .as("raised by the recording itself").isPresent());
        FindingView due = open(t.a1(), "ZJ-04").orElseThrow();
        assertThat(due.ruleCode()).isEqualTo("members.receipt-reply");
        assertThat(due.severity()).isEqualTo(Severity.DUE);
        assertThat(due.actionLabel()).isEqualTo("寄出回执");
        assertThat(due.fixPath()).isEqualTo("/transfers/incoming/" + id);

        clock.set(LocalDateTime.of(2026, 12, 28, 9, 0));
        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a1(), "ZJ-04").orElseThrow().severity()).isEqualTo(Severity.OVERDUE);

        incoming.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 12, 28), "周敏", null),
                incoming.get(branch, id).version());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(open(t.a1(), "ZJ-04")).isEmpty());
    }

    private java.util.Optional<FindingView> open(long orgId, String ruleId) {
        List<FindingView> found = compliance.workbench(system, orgId).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found.size()).isLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }
}
