package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transfer's guarded steps: approvals in turn along the route, acceptance only by the receiving branch and only
 * once, a return only with its reason (JY-09) and never after acceptance, a returned transfer sent again, and the
 * sending organization responsible until the member is received (ZJ-04).
 */
class TransferTests {

    private static final long BRANCH = 11;
    private static final long COMMITTEE = 10;
    private static final long WORK_COMMITTEE = 1;
    private static final long TARGET = 21;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private Transfer sent() {
        Transfer t = draft(TransferKind.WITHIN, 7, BRANCH, TARGET, null, "工作调动", DAY,
                List.of(COMMITTEE, WORK_COMMITTEE), "zhibu");
        t.submit(DAY);
        t.approve(COMMITTEE, DAY, "dangwei");
        t.approve(WORK_COMMITTEE, DAY.plusDays(1), "gongwei");
        return t;
    }

    @Test
    void approvalsGoInTurnAndTheLastOneSendsIt() {
        Transfer t = draft(TransferKind.WITHIN, 7, BRANCH, TARGET, null, "工作调动", DAY,
                List.of(COMMITTEE, WORK_COMMITTEE), "zhibu");
        assertThat(t.state()).isEqualTo(TransferState.DRAFT);
        t.submit(DAY);
        assertThat(t.state()).isEqualTo(TransferState.APPROVING);
        assertThatThrownBy(() -> t.approve(WORK_COMMITTEE, DAY, "gongwei")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能审批");
        t.approve(COMMITTEE, DAY, "dangwei");
        assertThat(t.state()).isEqualTo(TransferState.APPROVING);
        t.approve(WORK_COMMITTEE, DAY.plusDays(1), "gongwei");
        assertThat(t.state()).isEqualTo(TransferState.SENT);
        assertThat(t.sentOn()).isEqualTo(DAY.plusDays(1));
        assertThat(t.steps()).extracting(TransferStep::decidedBy).containsExactly("dangwei", "gongwei");
    }

    /** Each step waits from the day the step before it was taken; a returned transfer starts again when resubmitted. */
    @Test
    void eachStepWaitsForItsOrganizationFromTheStepBefore() {
        Transfer t = draft(TransferKind.WITHIN, 7, BRANCH, TARGET, null, "工作调动", DAY.minusDays(5),
                List.of(COMMITTEE, WORK_COMMITTEE), "zhibu");
        assertThat(TransferWait.of(t)).isEmpty();
        t.submit(DAY.minusDays(2));
        assertThat(TransferWait.of(t)).contains(new TransferWait(COMMITTEE, true, DAY.minusDays(2)));
        t.approve(COMMITTEE, DAY, "dangwei");
        assertThat(TransferWait.of(t)).contains(new TransferWait(WORK_COMMITTEE, true, DAY));
        t.approve(WORK_COMMITTEE, DAY.plusDays(3), "gongwei");
        assertThat(TransferWait.of(t)).contains(new TransferWait(TARGET, false, DAY.plusDays(3)));
        t.sendBack(TARGET, DAY.plusDays(4), "材料不全", "zhibu2");
        assertThat(TransferWait.of(t)).isEmpty();
        t.submit(DAY.plusDays(6));
        assertThat(TransferWait.of(t)).contains(new TransferWait(COMMITTEE, true, DAY.plusDays(6)));
    }

    @Test
    void withoutApproversItIsSentWhenSubmitted() {
        Transfer t = draft(TransferKind.WITHIN, 7, BRANCH, TARGET, null, "工作调动", DAY, List.of(), "zhibu");
        t.submit(DAY);
        assertThat(t.state()).isEqualTo(TransferState.SENT);
    }

    @Test
    void onlyTheReceivingBranchAcceptsAndOnlyOnce() {
        Transfer t = sent();
        assertThat(t.responsibleOrgId()).as("the sender stays responsible until receipt").isEqualTo(BRANCH);
        assertThatThrownBy(() -> t.accept(COMMITTEE, DAY.plusDays(2), "dangwei")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> t.accept(TARGET, DAY, "jieshou")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能早于转出日期");
        t.accept(TARGET, DAY.plusDays(2), "jieshou");
        assertThat(t.state()).isEqualTo(TransferState.RECEIVED);
        assertThat(t.responsibleOrgId()).isEqualTo(TARGET);
        assertThatThrownBy(() -> t.accept(TARGET, DAY.plusDays(3), "jieshou")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("已接收");
        assertThatThrownBy(() -> t.sendBack(TARGET, DAY.plusDays(3), "材料不全", "jieshou"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(t::cancel).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnNeedsItsReasonAndAReturnedTransferCannotBeAcceptedUntilSentAgain() {
        Transfer t = sent();
        assertThatThrownBy(() -> t.sendBack(TARGET, DAY.plusDays(2), "  ", "jieshou"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("JY-09");
        assertThatThrownBy(() -> t.sendBack(COMMITTEE, DAY.plusDays(2), "材料不全", "dangwei"))
                .isInstanceOf(ConflictException.class);
        t.sendBack(TARGET, DAY.plusDays(2), "介绍信上的身份证号与本人不一致", "jieshou");
        assertThat(t.state()).isEqualTo(TransferState.RETURNED);
        assertThat(t.returnReason()).isEqualTo("介绍信上的身份证号与本人不一致");
        assertThat(t.responsibleOrgId()).isEqualTo(BRANCH);
        assertThatThrownBy(() -> t.accept(TARGET, DAY.plusDays(3), "jieshou")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("已退回");

        t.submit(DAY.plusDays(4));
        assertThat(t.state()).as("sent again: every approver decides afresh").isEqualTo(TransferState.APPROVING);
        assertThat(t.submissions()).isEqualTo(2);
        assertThat(t.returnReason()).isNull();
        t.approve(COMMITTEE, DAY.plusDays(4), "dangwei");
        t.approve(WORK_COMMITTEE, DAY.plusDays(4), "gongwei");
        t.accept(TARGET, DAY.plusDays(5), "jieshou");
        assertThat(t.state()).isEqualTo(TransferState.RECEIVED);
    }

    @Test
    void anApproverReturnsOnlyOnItsTurnAndTheSenderWithdrawsOnlyWhatIsNotSent() {
        Transfer t = draft(TransferKind.WITHIN, 7, BRANCH, TARGET, null, "工作调动", DAY,
                List.of(COMMITTEE, WORK_COMMITTEE), "zhibu");
        assertThatThrownBy(() -> t.approve(COMMITTEE, DAY, "dangwei")).as("a draft is not approved")
                .isInstanceOf(ConflictException.class);
        t.submit(DAY);
        assertThatThrownBy(() -> t.sendBack(WORK_COMMITTEE, DAY, "不同意", "gongwei")).isInstanceOf(ConflictException.class);
        t.sendBack(COMMITTEE, DAY, "转入单位名称有误", "dangwei");
        t.cancel();
        assertThat(t.state()).isEqualTo(TransferState.CANCELLED);
        assertThatThrownBy(() -> sent().cancel()).as("a transfer on its way is returned or received, not withdrawn")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftNamesItsReasonAndAReceiverOtherThanItself() {
        assertThatThrownBy(() -> draft(TransferKind.WITHIN, 7, BRANCH, TARGET, null, " ", DAY, List.of(), "zhibu"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("转接原因");
        assertThatThrownBy(() -> draft(TransferKind.WITHIN, 7, BRANCH, BRANCH, null, "调动", DAY, List.of(), "zhibu"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能转到本组织");
        assertThatThrownBy(() -> draft(TransferKind.OUT, 7, BRANCH, null, "", "调动", DAY, List.of(), "zhibu"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("介绍信");
        Transfer out = draft(TransferKind.OUT, 7, BRANCH, null, "中共某某大学委员会组织部", "升学", DAY, List.of(), "zhibu");
        out.submit(DAY);
        assertThatThrownBy(() -> out.accept(TARGET, DAY, "x")).as("a transfer out of the platform is not accepted here")
                .isInstanceOf(ConflictException.class);
    }

    /** A draft without the organizations' paths, which no step here reads. */
    private static Transfer draft(TransferKind kind, long memberId, long from, Long to, String toName, String reason,
                                  java.time.LocalDate on, List<Long> approvers, String actor) {
        return Transfer.draft(kind, memberId, from, "", to, null, toName, reason, on, approvers, actor);
    }
}
