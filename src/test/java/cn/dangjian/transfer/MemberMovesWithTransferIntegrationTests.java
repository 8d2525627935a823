package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.dues.RegisterLine;
import cn.dangjian.member.Members;
import cn.dangjian.member.StatusHistoryEntry;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the receiving branch gets when it accepts (JY-09, "nobody retypes anything"): the member's record with its
 * history, and the dues from the first month not paid in full — the months paid stay on the sender's register, the
 * months owed are the receiver's to collect. Until it accepts, the sender keeps the member (ZJ-04).
 */
@ClockedIntegrationTest
class MemberMovesWithTransferIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Transfers transfers;
    @Autowired
    Members members;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;
    @Autowired
    DuesOverview overview;

    private TestTree.Tree t;
    private AccessScope sender;
    private AccessScope receiver;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        t = trees.build();
        sender = trees.subtreeScope(t.a1());
        receiver = trees.subtreeScope(t.a2());
    }

    @Test
    void theReceiverGetsTheMemberWithHistoryAndTheMonthsStillOwed() {
        assessments.assessAll(sender, t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800")));
        payments.record(sender, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 3, 10), months(1, 3)));
        payments.record(sender, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 9, 10), months(4, 9)));
        long id = send();
        assertThat(members.get(sender, t.memberA1()).name()).as("the sender keeps the member until receipt").startsWith("王一");
        assertThatThrownBy(() -> members.get(receiver, t.memberA1())).isInstanceOf(NotFoundException.class);

        transfers.accept(receiver, id, transfers.get(receiver, id).version());

        assertThat(members.get(receiver, t.memberA1()).orgId()).isEqualTo(t.a2());
        assertThatThrownBy(() -> members.get(sender, t.memberA1())).isInstanceOf(NotFoundException.class);
        List<StatusHistoryEntry> history = members.history(receiver, t.memberA1());
        assertThat(history).anySatisfy(h -> assertThat(h.reason()).contains("转入").contains("测试局第二党支部"));

        assertThat(line(sender, t.a1(), 9)).as("September was paid at the sender and stays there")
                .satisfies(l -> assertThat(l.paid().value()).isEqualTo(4800));
        assertThat(payments.register(sender, t.a1(), YearMonth.of(2026, 10))).extracting(RegisterLine::memberId)
                .doesNotContain(t.memberA1());
        RegisterLine october = line(receiver, t.a2(), 10);
        assertThat(october.due().value()).as("same assessment, 48.00 a month").isEqualTo(4800);
        assertThat(october.owing()).isTrue();
        assertThat(overview.memberYear(receiver, t.memberA1(), 2026).paidUpTo()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(overview.arrears(receiver, t.a2())).anySatisfy(a -> assertThat(a.memberId()).isEqualTo(t.memberA1()));
    }

    @Test
    void aMemberWhoLeftThePartyIsNotTransferred() {
        members.changeStatus(AccessScope.system(), t.memberA1(), new cn.dangjian.member.StatusChange(
                cn.dangjian.member.StatusChangeType.LEAVE, LocalDate.of(2026, 11, 1), "本人申请退党",
                members.get(sender, t.memberA1()).version()));
        assertThatThrownBy(() -> transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null)))
                .isInstanceOf(cn.dangjian.shared.ConflictException.class).hasMessageContaining("不能转接");
    }

    @Test
    void onlyABranchReceivesMembers() {
        assertThatThrownBy(() -> transfers.start(sender, new StartTransfer(t.memberA1(), t.root(), "工作调动", null)))
                .isInstanceOf(cn.dangjian.shared.InvalidInputException.class).hasMessageContaining("不直接管理党员");
    }

    private long send() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        AccessScope committee = trees.subtreeScope(t.a());
        transfers.approve(committee, id, transfers.get(committee, id).version());
        return id;
    }

    private RegisterLine line(AccessScope scope, long orgId, int month) {
        return payments.register(scope, orgId, YearMonth.of(2026, month)).stream()
                .filter(l -> l.memberId() == t.memberA1()).findFirst().orElseThrow();
    }

    private static YearMonth[] months(int from, int until) {
        return java.util.stream.IntStream.rangeClosed(from, until).mapToObj(m -> YearMonth.of(2026, m)).toArray(YearMonth[]::new);
    }
}
