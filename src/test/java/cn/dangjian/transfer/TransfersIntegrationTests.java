package cn.dangjian.transfer;

import java.time.LocalDateTime;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transfer on the real database, step by step and by whom: the sending branch starts and submits it, its 党委
 * approves, and only then does the receiving branch see it — and accept it, or return it with a reason. A sibling
 * branch, a member and another tree's committee find nothing; a member is on one open transfer at a time; a step
 * taken on a stale version is refused after the scope check.
 */
@ClockedIntegrationTest
class TransfersIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Transfers transfers;
    @Autowired
    TransferOverview overview;
    @Autowired
    cn.dangjian.org.OrgUnits orgs;
    @Autowired
    cn.dangjian.parameters.RuleParameters parameters;

    private TestTree.Tree t;
    private AccessScope sender;
    private AccessScope committee;
    private AccessScope receiver;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        t = trees.build();
        sender = trees.subtreeScope(t.a1());
        committee = trees.subtreeScope(t.a());
        receiver = trees.subtreeScope(t.a2());
    }

    @Test
    void theSenderSubmitsTheCommitteeApprovesAndOnlyThenTheReceiverSeesAndAcceptsIt() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        TransferView draft = transfers.get(sender, id);
        assertThat(draft.state()).isEqualTo(TransferState.DRAFT);
        assertThat(draft.toOrgName()).startsWith("测试局第二党支部");
        assertThatThrownBy(() -> transfers.get(receiver, id)).isInstanceOf(NotFoundException.class);

        transfers.submit(sender, id, draft.version());
        TransferView approving = transfers.get(committee, id);
        assertThat(approving.state()).isEqualTo(TransferState.APPROVING);
        assertThat(approving.waitingForOrgId()).isEqualTo(t.a());
        assertThatThrownBy(() -> transfers.get(receiver, id)).as("not yet addressed to the receiver")
                .isInstanceOf(NotFoundException.class);
        assertThat(transfers.list(receiver, t.a2())).extracting(TransferView::id).doesNotContain(id);
        assertThatThrownBy(() -> transfers.approve(sender, id, approving.version())).isInstanceOf(ConflictException.class);

        transfers.approve(committee, id, approving.version());
        TransferView sent = transfers.get(receiver, id);
        assertThat(sent.state()).isEqualTo(TransferState.SENT);
        assertThat(sent.memberName()).startsWith("王一");
        assertThat(sent.responsibleOrgId()).as("the sender stays responsible until receipt").isEqualTo(t.a1());
        assertThat(transfers.list(receiver, t.a2())).extracting(TransferView::id).contains(id);
        assertThatThrownBy(() -> transfers.accept(sender, id, sent.version())).isInstanceOf(ConflictException.class);

        transfers.accept(receiver, id, sent.version());
        TransferView received = transfers.get(receiver, id);
        assertThat(received.state()).isEqualTo(TransferState.RECEIVED);
        assertThat(received.receivedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
        assertThat(received.responsibleOrgId()).isEqualTo(t.a2());
        assertThatThrownBy(() -> transfers.accept(receiver, id, received.version())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("已接收");
    }

    @Test
    void aReturnNeedsItsReasonAndTheMemberIsOnOneOpenTransferAtATime() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        assertThatThrownBy(() -> transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "再次发起", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("正在办理");
        transfers.submit(sender, id, transfers.get(sender, id).version());
        int version = transfers.get(committee, id).version();
        transfers.approve(committee, id, version);
        int sentVersion = transfers.get(receiver, id).version();
        assertThatThrownBy(() -> transfers.sendBack(receiver, id, " ", sentVersion))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("JY-09");
        assertThatThrownBy(() -> transfers.sendBack(receiver, id, "材料不全", sentVersion - 1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("刷新");
        transfers.sendBack(receiver, id, "介绍信上的身份证号与本人不一致", sentVersion);
        TransferView returned = transfers.get(sender, id);
        assertThat(returned.state()).isEqualTo(TransferState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("介绍信上的身份证号与本人不一致");
        transfers.cancel(sender, id, returned.version());
        assertThat(transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "重新办理", null))).isNotEqualTo(id);
    }

    /** The year's counts as each level reads them: out of a1, into a2, a move within the 党委's own subtree. */
    @Test
    void eachLevelCountsTheYearsMovesAndWhatIsOpen() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        assertThat(overview.summary(committee, t.a(), 2026)).isEqualTo(new TransferSummary(2026, 0, 0, 0, 0, 0, 1, 0, 0, 0));
        assertThat(overview.summary(receiver, t.a2(), 2026)).as("nothing addressed to a2 yet")
                .isEqualTo(new TransferSummary(2026, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        transfers.approve(committee, id, transfers.get(committee, id).version());
        assertThat(overview.summary(receiver, t.a2(), 2026).awaitingAcceptance()).isEqualTo(1);
        transfers.accept(receiver, id, transfers.get(receiver, id).version());

        assertThat(overview.summary(sender, t.a1(), 2026)).isEqualTo(new TransferSummary(2026, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(overview.summary(receiver, t.a2(), 2026)).isEqualTo(new TransferSummary(2026, 0, 0, 1, 0, 0, 0, 0, 0, 0));
        assertThat(overview.summary(committee, t.a(), 2026)).as("a move between its own branches")
                .isEqualTo(new TransferSummary(2026, 0, 0, 0, 0, 1, 0, 0, 0, 0));
        assertThat(overview.summary(committee, t.a(), 2025)).isEqualTo(new TransferSummary(2025, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        TestTree.Tree other = trees.build();
        assertThatThrownBy(() -> overview.summary(trees.subtreeScope(other.a()), t.a(), 2026))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodyElseReachesATransfer() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        AccessScope member = trees.scope(ScopeLevel.SELF, t.a1(), t.memberA1(), Permission.TRANSFER_VIEW);
        TestTree.Tree other = trees.build();
        for (AccessScope outsider : new AccessScope[]{member, trees.subtreeScope(other.a()), trees.subtreeScope(t.a2())}) {
            assertThatThrownBy(() -> transfers.get(outsider, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> transfers.approve(outsider, id, 1)).isInstanceOf(RuntimeException.class)
                    .isNotInstanceOf(ConflictException.class);
        }
        assertThatThrownBy(() -> transfers.start(receiver, new StartTransfer(t.memberA1(), t.a2(), "抢先", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transfers.start(sender, new StartTransfer(t.memberA2(), t.a1(), "越权", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bothOrganizationsKeepTheirTransfersWhenTheyMoveInTheTree() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        transfers.approve(committee, id, transfers.get(committee, id).version());
        AccessScope system = AccessScope.system();
        orgs.move(system, t.a2(), t.root(), orgs.get(system, t.a2()).version());
        orgs.move(system, t.a1(), t.root(), orgs.get(system, t.a1()).version());
        assertThat(transfers.get(trees.subtreeScope(t.a2()), id).state()).isEqualTo(TransferState.SENT);
        assertThat(transfers.list(trees.subtreeScope(t.a1()), t.a1())).extracting(TransferView::id).containsExactly(id);
        assertThat(transfers.get(trees.subtreeScope(t.a()), id).waitingForOrgId()).as("the 党委 that approved still sees it")
                .isNull();
    }

    @Test
    void theRouteIsTheDeploymentsParameter() {
        AccessScope system = AccessScope.system();
        parameters.change(system, new cn.dangjian.parameters.ChangeParameter("transfer.route", t.root(),
                "COMMITTEE_AND_WORK_COMMITTEE", null, "市委组织部规定机关工委所属党组织转接一律经工委办理"));
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        transfers.approve(committee, id, transfers.get(committee, id).version());
        TransferView atWorkCommittee = transfers.get(trees.subtreeScope(t.root()), id);
        assertThat(atWorkCommittee.waitingForOrgId()).isEqualTo(t.root());
        assertThatThrownBy(() -> transfers.get(receiver, id)).isInstanceOf(NotFoundException.class);
        transfers.approve(trees.subtreeScope(t.root()), id, atWorkCommittee.version());
        assertThat(transfers.get(receiver, id).state()).isEqualTo(TransferState.SENT);

        parameters.change(system, new cn.dangjian.parameters.ChangeParameter("transfer.route", t.a(), "DIRECT", null,
                "机关党委授权党支部直接转接"));
        long direct = transfers.start(receiver, new StartTransfer(t.memberA2(), t.a1(), "工作调动", null));
        transfers.submit(receiver, direct, transfers.get(receiver, direct).version());
        assertThat(transfers.get(sender, direct).state()).isEqualTo(TransferState.SENT);
    }
}
