package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.RecordPayment;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transfer out of the platform on the real database: the letter is numbered when the 党委 approves it — per
 * issuing 党委 and year, never twice — with the validity parameter and 党费已交到 from the register; a lost letter
 * is reissued under a new number with the old one void; the 回执 ends the sender's responsibility and takes the
 * member off its roll (ZJ-02…ZJ-06). Nobody outside the sender's line reaches the letter.
 */
@ClockedIntegrationTest
class TransferLettersIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Transfers transfers;
    @Autowired
    TransferLetters letters;
    @Autowired
    Members members;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;

    private TestTree.Tree t;
    private AccessScope sender;
    private AccessScope committee;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        t = trees.build();
        sender = trees.subtreeScope(t.a1());
        committee = trees.subtreeScope(t.a());
    }

    @Test
    void theLetterIsNumberedWhenSentAndCarriesTheDuesAndValidity() {
        assessments.assessAll(sender, t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800")));
        payments.record(sender, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 11, 10), months(6, 11)));
        payments.record(sender, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 5, 10), months(1, 5)));
        long id = sendOut(t.memberA1(), "中共江城大学委员会");
        TransferView sent = transfers.get(sender, id);
        assertThat(sent.state()).isEqualTo(TransferState.SENT);
        assertThat(sent.letter().number()).isEqualTo("2026-001");
        assertThat(sent.letter().issuerOrgId()).isEqualTo(t.a());
        assertThat(sent.letter().validityDays()).isEqualTo(30);
        assertThat(sent.letter().validThrough()).as("issued 3 Dec, 30 days: through 2 Jan 2027 (a Saturday → the next working day)")
                .isAfterOrEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(sent.letter().duesPaidUpTo()).hasToString("2026-11");
        assertThat(sent.responsibleOrgId()).isEqualTo(t.a1());

        String pdf = PdfFiles.text(letters.letter(sender, id, LetterFile.Format.PDF).content());
        assertThat(pdf).contains("二〇二六年十一月", "三十天", "中共江城大学委员会", "第一联（存根）");
        assertThat(letters.letter(committee, id, LetterFile.Format.DOCX).fileName()).endsWith("第2026-001号）.docx");
        assertThatThrownBy(() -> letters.letter(trees.subtreeScope(t.a2()), id, LetterFile.Format.PDF))
                .isInstanceOf(NotFoundException.class);

        long colleague = members.create(AccessScope.system(), TestTree.member("同事" + t.a1(), t.a1(), MemberKind.FULL));
        long second = sendOut(colleague, "中共某省委组织部");
        assertThat(transfers.get(sender, second).letter().number()).isEqualTo("2026-002");
        letters.reissue(sender, id, transfers.get(sender, id).version());
        TransferView reissued = transfers.get(sender, id);
        assertThat(reissued.letter().number()).as("a new number, never an old one again").isEqualTo("2026-003");
        assertThat(reissued.letter().voided()).isEqualTo("2026-001");
    }

    @Test
    void theReceiptBackAtTheCommitteeEndsTheSendersResponsibilityAndTakesTheMemberOffTheRoll() {
        long id = sendOut(t.memberA1(), "中共江城大学委员会");
        int version = transfers.get(sender, id).version();
        assertThatThrownBy(() -> letters.recordReceipt(sender, id, new RecordReceipt(LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3), "周敏"), version)).as("received before the letter was issued")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能早于");
        assertThatThrownBy(() -> transfers.accept(sender, id, version)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> letters.recordReceipt(trees.subtreeScope(t.a2()), id, new RecordReceipt(
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), "周敏"), version)).as("a sibling branch")
                .isInstanceOf(NotFoundException.class);

        // the 回执 goes back to the sending 基层党委 (ZJ-04), which records it for its branch
        letters.recordReceipt(committee, id, new RecordReceipt(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), "周敏"), version);
        TransferView done = transfers.get(sender, id);
        assertThat(done.state()).isEqualTo(TransferState.RECEIVED);
        assertThat(done.letter().receiptReturnedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(members.get(sender, t.memberA1()).status()).isEqualTo(MembershipStatus.TRANSFERRED_OUT);
        assertThat(members.roster(sender, t.a1())).noneMatch(r -> r.id() == t.memberA1());
        assertThat(PdfFiles.text(letters.letter(sender, id, LetterFile.Format.PDF).content())).contains("回执已于2026年12月3日收回");
    }

    @Test
    void aLetterThatCameBackIsReturnedByTheSenderWithItsReason() {
        long id = sendOut(t.memberA1(), "中共江城大学委员会");
        int version = transfers.get(sender, id).version();
        assertThatThrownBy(() -> transfers.sendBack(sender, id, "", version)).isInstanceOf(InvalidInputException.class);
        transfers.sendBack(sender, id, "接收方告知：介绍信抬头有误", version);
        assertThat(transfers.get(sender, id).state()).isEqualTo(TransferState.RETURNED);
        transfers.submit(sender, id, transfers.get(sender, id).version());
        transfers.approve(committee, id, transfers.get(committee, id).version());
        assertThat(transfers.get(sender, id).letter().number()).as("sent again with the same letter").isEqualTo("2026-001");
    }

    private long sendOut(long memberId, String to) {
        long id = transfers.startOut(sender, new StartLetterTransfer(memberId, to, null, LetterCarrier.SELF, "考取博士研究生", null));
        transfers.submit(sender, id, transfers.get(sender, id).version());
        transfers.approve(committee, id, transfers.get(committee, id).version());
        return id;
    }

    private static java.time.YearMonth[] months(int from, int until) {
        return java.util.stream.IntStream.rangeClosed(from, until).mapToObj(m -> java.time.YearMonth.of(2026, m))
                .toArray(java.time.YearMonth[]::new);
    }
}
