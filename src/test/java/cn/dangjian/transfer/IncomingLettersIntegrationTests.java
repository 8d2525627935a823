package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.Gender;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A letter from outside the platform on the real database (ZJ-02, ZJ-04): the receiving branch types it in once and
 * the member is on its roll with the standing the letter and the file give — not a recruit — the arrival in the
 * history, the dues owed from the month after 党费已交到; the letter cannot be recorded twice, a 身份证号 that
 * disagrees with the sex or age on the letter is caught, and only the receiving branch's line sees the letter.
 */
@ClockedIntegrationTest
class IncomingLettersIntegrationTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger(1);

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    IncomingLetters letters;
    @Autowired
    TransferOverview overview;
    @Autowired
    Members members;
    @Autowired
    DuesAssessments assessments;

    private TestTree.Tree t;
    private AccessScope branch;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        t = trees.build();
        branch = trees.subtreeScope(t.a1());
    }

    /** 陈思远, born 1999-05-06 (27 on the day of issue), a probationary member from a university. */
    static RecordIncomingLetter letter(long orgId, String number, String citizenId) {
        return new RecordIncomingLetter(orgId, "中共江城大学委员会组织部", "中共江城大学计算机学院研究生第二支部委员会", number,
                LocalDate.of(2026, 11, 20), 30, YearMonth.of(2026, 9), LocalDate.of(2026, 11, 25), "陈思远", Gender.MALE,
                27, Ethnicity.HAN, citizenId, MemberKind.PROBATIONARY, "13912345678", LocalDate.of(2026, 6, 20), null);
    }

    /** A number no other test's letter from the same issuer has: the tree's own. */
    private String no(String serial) {
        return t.root() + "-" + serial;
    }

    private static String id() {
        return TestTree.citizenId(LocalDate.of(1999, 5, 6), 900 + PEOPLE.getAndIncrement(), true);
    }

    @Test
    void theMemberIsTakenInWithTheirStandingTheHistoryAndTheDuesFromTheMonthAfterThePaidOne() {
        long id = letters.record(branch, letter(t.a1(), no("031"), id()));
        IncomingLetterView l = letters.get(branch, id);
        assertThat(l.memberName()).isEqualTo("陈思远");
        assertThat(l.fromName()).isEqualTo("中共江城大学计算机学院研究生第二支部委员会");
        assertThat(l.validThrough()).as("issued 20 Nov with 30 days: through 20 Dec, a Sunday → Monday 21 Dec")
                .isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(l.reportedLate()).isFalse();
        assertThat(l.receiptDue()).as("one month after 25 Nov").isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(l.receiptSent()).isFalse();

        MemberView m = members.get(branch, l.memberId());
        assertThat(m.orgId()).isEqualTo(t.a1());
        assertThat(m.kind()).as("a probationary member stays one, not an applicant").isEqualTo(MemberKind.PROBATIONARY);
        assertThat(m.status()).isEqualTo(MembershipStatus.NORMAL);
        assertThat(m.joinedOn()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(m.birthDate()).isEqualTo(LocalDate.of(1999, 5, 6));
        assertThat(members.history(branch, l.memberId())).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo(StatusChangeType.TRANSFERRED_IN);
            assertThat(h.effectiveOn()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(h.reason()).contains("中共江城大学计算机学院研究生第二支部委员会");
        });

        assertThatThrownBy(() -> assessments.assess(branch, new AssessMember(l.memberId(), 2026, YearMonth.of(2026, 9),
                DuesCategory.CIVIL_SERVANT, "4800", null, null, null, null)))
                .as("September was paid at the university").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能早于2026年10月").hasMessageContaining("党费已交到2026年9月");
        assessments.assess(branch, AssessMember.annual(l.memberId(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        assertThat(assessments.history(branch, l.memberId(), 2026)).singleElement()
                .satisfies(a -> assertThat(a.effectiveFrom()).as("from the month after 党费已交到").isEqualTo(YearMonth.of(2026, 10)));

        TransferSummary summary = overview.summary(trees.subtreeScope(t.a()), t.a(), 2026);
        assertThat(summary.in()).isEqualTo(1);
        assertThat(summary.fromOutside()).isEqualTo(1);
        assertThat(summary.receiptsToSend()).isEqualTo(1);
    }

    @Test
    void theReceiptIsPrintedForTheIssuerAndRecordedOnceWithinItsDates() {
        long id = letters.record(branch, letter(t.a1(), no("032"), id()));
        String pdf = PdfFiles.text(letters.receipt(branch, id, LetterFile.Format.PDF).content());
        assertThat(pdf).contains("党员组织关系介绍信回执", "第" + no("032") + "号", "中共江城大学委员会组织部：",
                "陈思远同志的党员组织关系已转达我处，特此回复。", "2026年11月25日", "一个月内");
        String word = WordFiles.text(letters.receipt(trees.subtreeScope(t.a()), id, LetterFile.Format.DOCX).content());
        assertThat(word).contains("第 " + no("032") + " 号", "中共江城大学委员会组织部：", "陈思远同志").doesNotContain("{{");

        int version = letters.get(branch, id).version();
        assertThatThrownBy(() -> letters.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 11, 24), "周敏", null), version))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能早于接收日期");
        assertThatThrownBy(() -> letters.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 12, 4), "周敏", null), version))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> letters.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 12, 1), " ", null), version))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("经办人");
        letters.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 12, 1), "周敏", "028-86001234"), version);
        IncomingLetterView sent = letters.get(branch, id);
        assertThat(sent.receiptSentOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(sent.receiptHandler()).isEqualTo("周敏");
        assertThatThrownBy(() -> letters.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 12, 2), "周敏", null),
                sent.version())).isInstanceOf(ConflictException.class).hasMessageContaining("已于2026-12-01寄出");
        assertThatThrownBy(() -> letters.receiptSent(branch, id, new ReceiptSent(LocalDate.of(2026, 12, 2), "周敏", null),
                version)).as("a stale version").isInstanceOf(ConflictException.class);
        assertThat(letters.list(branch, t.a1(), new IncomingQuery(null, true, null), new PageRequest(1, 20)).total()).isZero();
    }

    @Test
    void aLetterIsRecordedOnceAndItsFiguresAreCheckedAgainstTheIdNumber() {
        String citizenId = id();
        letters.record(branch, letter(t.a1(), no("033"), citizenId));
        assertThatThrownBy(() -> letters.record(branch, letter(t.a1(), no("033"), id())))
                .as("the same issuer's number again").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).contains("letterNo"));
        assertThatThrownBy(() -> letters.record(branch, letter(t.a1(), no("034"), citizenId)))
                .as("the same person again").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).contains("citizenId"));

        RecordIncomingLetter good = letter(t.a1(), no("035"), id());
        RecordIncomingLetter wrong = new RecordIncomingLetter(good.orgId(), good.issuer(), good.fromName(),
                good.letterNo(), good.issuedOn(), 0, YearMonth.of(2025, 1), LocalDate.of(2026, 11, 19), good.name(),
                Gender.FEMALE, 31, good.ethnicity(), good.citizenId(), MemberKind.FULL, good.phone(), good.joinedOn(), null);
        assertThatThrownBy(() -> letters.record(branch, wrong)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).as("every field at fault at once").contains("validityDays",
                        "duesPaidUpTo", "receivedOn", "gender", "age", "confirmedOn"));
        RecordIncomingLetter nominalAge = new RecordIncomingLetter(good.orgId(), good.issuer(), good.fromName(),
                good.letterNo(), good.issuedOn(), 30, null, good.receivedOn(), good.name(), Gender.MALE, 28,
                good.ethnicity(), good.citizenId(), MemberKind.PROBATIONARY, null, good.joinedOn(), null);
        assertThat(letters.record(branch, nominalAge)).as("虚岁 28 for 27 周岁 is accepted").isPositive();
        assertThat(members.roster(branch, t.a1())).as("nothing half-written by the refused letters").hasSize(3);
    }

    @Test
    void onlyTheReceivingBranchesLineSeesTheLetterAndNobodyRecordsOneForAnotherBranch() {
        long id = letters.record(branch, letter(t.a1(), no("036"), id()));
        AccessScope sibling = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> letters.get(sibling, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.receipt(sibling, id, LetterFile.Format.PDF)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.receiptSent(sibling, id, new ReceiptSent(LocalDate.of(2026, 12, 1), "周敏", null), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(letters.list(sibling, t.a2(), IncomingQuery.ALL, new PageRequest(1, 20)).items()).isEmpty();
        assertThat(letters.list(trees.subtreeScope(t.a()), t.a(), new IncomingQuery(2026, true, "陈思远"),
                new PageRequest(1, 20)).items()).extracting(IncomingLetterView::id).containsExactly(id);
        assertThatThrownBy(() -> letters.list(sibling, t.a1(), IncomingQuery.ALL, new PageRequest(1, 20)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.record(sibling, letter(t.a1(), no("037"), id())))
                .as("a branch cannot take a member into another").isInstanceOf(NotFoundException.class);

        AccessScope ownRecords = trees.scope(ScopeLevel.SELF, t.a1(), t.memberA1());
        assertThatThrownBy(() -> letters.get(ownRecords, id)).as("a member on their phone")
                .isInstanceOf(NotFoundException.class);
        assertThat(letters.holders(trees.subtreeScope(t.a()), t.a())).extracting(Transfers.Destination::id)
                .as("the 机关党委 itself holds members too").containsExactly(t.a(), t.a1(), t.a2());
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e).problems().stream().map(FieldProblem::field).toList();
    }
}
