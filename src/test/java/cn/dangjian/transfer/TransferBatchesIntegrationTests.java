package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import cn.dangjian.transfer.internal.TransferFactsReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 整建制转移 on the real database (ZJ-06): the members of a branch start as one batch or not at all, every step on
 * one of them is taken on all, and out of the platform they get one numbered letter with the name list whose one
 * 回执 ends them all. The receiving branch sees nothing before the batch is sent to it.
 */
@ClockedIntegrationTest
class TransferBatchesIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Transfers transfers;
    @Autowired
    TransferBatches batches;
    @Autowired
    TransferLetters letters;
    @Autowired
    Members members;
    @Autowired
    TransferFactsReader facts;

    private TestTree.Tree t;
    private AccessScope sender;
    private AccessScope receiver;
    private AccessScope committee;
    private List<Long> office;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        t = trees.build();
        sender = trees.subtreeScope(t.a1());
        receiver = trees.subtreeScope(t.a2());
        committee = trees.subtreeScope(t.a());
        office = new ArrayList<>(List.of(t.memberA1()));
        office.add(members.create(AccessScope.system(), TestTree.member("陈晓梅" + t.a1(), t.a1(), MemberKind.FULL)));
        office.add(members.create(AccessScope.system(), TestTree.member("刘志强" + t.a1(), t.a1(), MemberKind.PROBATIONARY)));
    }

    @Test
    void theOfficeMovesWithinThePlatformAsOne() {
        long lead = batches.start(sender, within(office));
        List<TransferView> batch = batches.of(sender, lead);
        assertThat(batch).hasSize(3).allMatch(v -> v.state() == TransferState.DRAFT && v.batchSize() == 3
                && v.batchId() == lead);
        assertThat(batch.get(0).id()).as("the lead first").isEqualTo(lead);
        assertThatThrownBy(() -> batches.of(receiver, lead)).as("not yet addressed to the receiver")
                .isInstanceOf(NotFoundException.class);

        long other = batch.get(2).id(); // any member's transfer stands for the batch
        transfers.submit(sender, other, transfers.get(sender, other).version());
        assertThat(batches.of(sender, lead)).allMatch(v -> v.state() == TransferState.APPROVING);
        transfers.approve(committee, lead, transfers.get(committee, lead).version());
        assertThat(batches.of(receiver, lead)).hasSize(3).allMatch(v -> v.state() == TransferState.SENT);

        transfers.accept(receiver, other, transfers.get(receiver, other).version());
        assertThat(batches.of(receiver, lead)).allMatch(v -> v.state() == TransferState.RECEIVED);
        office.forEach(id -> assertThat(members.get(receiver, id).orgId()).isEqualTo(t.a2()));
        assertThatThrownBy(() -> transfers.accept(receiver, lead, transfers.get(receiver, lead).version()))
                .as("accepted once, all together").isInstanceOf(ConflictException.class);
    }

    @Test
    void oneMemberWhoCannotMoveStopsTheWholeBatchAndIsNamed() {
        long alone = transfers.start(sender, new StartTransfer(office.get(1), t.a2(), "借调", null));
        List<Long> withOutsider = new ArrayList<>(office);
        withOutsider.add(t.memberA2());
        assertThatThrownBy(() -> batches.start(sender, within(withOutsider)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("陈晓梅" + t.a1() + "（已有正在办理的转接）")
                .hasMessageContaining("（不是本组织的党员）").hasMessageContaining("未保存");
        assertThat(transfers.list(sender, t.a1())).extracting(TransferView::id).as("nothing saved").containsExactly(alone);

        assertThatThrownBy(() -> batches.start(sender, within(List.of(t.memberA1()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("至少选择2名");
        assertThatThrownBy(() -> batches.start(receiver, within(office))).as("a sibling branch")
                .isInstanceOf(NotFoundException.class);
        assertThat(batches.movable(sender, t.a1())).extracting(r -> r.id())
                .containsExactlyInAnyOrder(office.get(0), office.get(2));
    }

    @Test
    void outOfThePlatformOneLetterWithTheNameListAndOneReceiptEndsThemAll() {
        long lead = batches.start(sender, new StartBatchTransfer(t.a1(), office, TransferKind.OUT, null,
                "中共青城市市场监督管理局机关委员会", null, LetterCarrier.CONFIDENTIAL, "机构改革，整建制划转", null));
        transfers.submit(sender, lead, transfers.get(sender, lead).version());
        transfers.approve(committee, lead, transfers.get(committee, lead).version());
        List<TransferView> sent = batches.of(sender, lead);
        assertThat(sent).allMatch(v -> v.state() == TransferState.SENT && "2026-001".equals(v.letter().number()));
        long single = transfers.startOut(receiver, new StartLetterTransfer(t.memberA2(), "中共某大学委员会", null,
                LetterCarrier.SELF, "考取研究生", null));
        transfers.submit(receiver, single, transfers.get(receiver, single).version());
        transfers.approve(committee, single, transfers.get(committee, single).version());
        assertThat(transfers.get(receiver, single).letter().number()).as("the batch took one number")
                .isEqualTo("2026-002");

        String pdf = PdfFiles.text(letters.letter(sender, sent.get(1).id(), LetterFile.Format.PDF).content());
        String first = members.get(sender, t.memberA1()).name();
        assertThat(pdf).contains(first, "正式党员二名、预备党员一名", "整建制转移党员名单", "共三名",
                "陈晓梅" + t.a1(), "刘志强" + t.a1(), "三十天", "第三联（回执）");
        assertThat(WordFiles.text(letters.letter(sender, lead, LetterFile.Format.DOCX).content()))
                .contains(first + "等三名同志（正式党员二名、预备党员一名，名单附后）", "刘志强" + t.a1()).doesNotContain("{{");
        var unanswered = facts.read(List.of(t.a1()), LocalDate.of(2026, 12, 3)).get(t.a1()).letters();
        assertThat(unanswered).as("one letter to track, not three").hasSize(1)
                .first().satisfies(l -> assertThat(l.memberName()).endsWith("等3名党员"));

        letters.recordReceipt(committee, sent.get(2).id(), new RecordReceipt(LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 3), "周敏"), sent.get(2).version());
        assertThat(batches.of(sender, lead)).allMatch(v -> v.state() == TransferState.RECEIVED);
        office.forEach(id -> assertThat(members.get(sender, id).status()).isEqualTo(MembershipStatus.TRANSFERRED_OUT));
    }

    @Test
    void aStepDoneOnPaperMayBeRecordedLaterButNeverAheadNorBeforeTheStepBefore() {
        long id = transfers.start(sender, new StartTransfer(t.memberA1(), t.a2(), "工作调动", LocalDate.of(2026, 11, 20)));
        assertThatThrownBy(() -> transfers.submit(sender, id, transfers.get(sender, id).version(), LocalDate.of(2026, 12, 4)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("办理日期");
        transfers.submit(sender, id, transfers.get(sender, id).version(), LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> transfers.approve(committee, id, transfers.get(committee, id).version(),
                LocalDate.of(2026, 11, 22))).isInstanceOf(InvalidInputException.class).hasMessageContaining("审批日期");
        transfers.approve(committee, id, transfers.get(committee, id).version(), LocalDate.of(2026, 11, 25));
        assertThat(transfers.get(sender, id).sentOn()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    private StartBatchTransfer within(List<Long> ids) {
        return new StartBatchTransfer(t.a1(), ids, TransferKind.WITHIN, t.a2(), null, null, null, "机构改革，处室整体划转", null);
    }
}
