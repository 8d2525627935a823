package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
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
 * The 党员证明信 (ZJ-01) from the member record and the dues register: joined when, 正式/预备, the branch, 党费已交到
 * and the period in characters; more than 6 months is refused with the reason; only the member's branch line issues it.
 */
@ClockedIntegrationTest
class MembershipCertificatesIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    MembershipCertificates certificates;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;

    private TestTree.Tree t;
    private AccessScope branch;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        t = trees.build();
        branch = trees.subtreeScope(t.a1());
    }

    private static CertificateRequest request(long memberId, Integer months) {
        return new CertificateRequest(memberId, "中共省委党校委员会组织部", "省委党校", "参加中青年干部培训班", months);
    }

    @Test
    void theCertificateIsWrittenFromTheRecordAndTheRegister() {
        assessments.assessAll(branch, t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800")));
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 5, 10), months(1, 5)));
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 11, 10), months(6, 11)));
        LetterFile pdf = certificates.certificate(branch, request(t.memberA1(), 3), LetterFile.Format.PDF);
        assertThat(pdf.fileName()).startsWith("党员证明信（王一").endsWith(".pdf");
        assertThat(PdfFiles.text(pdf.content())).contains("党员证明信", "中共省委党校委员会组织部：", "王一", "2010年7月",
                "正式", "测试局第一党支部", "参加中青年干部培训班", "三个月", "二〇二六年十一月", "2026年12月4日",
                "（盖章）").doesNotContain("预备");
        String word = WordFiles.text(certificates.certificate(trees.subtreeScope(t.a()), request(t.memberA1(), 6),
                LetterFile.Format.DOCX).content());
        assertThat(word).contains("六个月", "二〇二六年十一月").doesNotContain("{{");
    }

    private static java.time.YearMonth[] months(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(m -> java.time.YearMonth.of(2026, m))
                .toArray(java.time.YearMonth[]::new);
    }

    @Test
    void longerAbsencesAndOtherBranchesAreRefused() {
        assertThatThrownBy(() -> certificates.certificate(branch, request(t.memberA1(), 7), LetterFile.Format.PDF))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("组织关系转接");
        assertThatThrownBy(() -> certificates.certificate(branch, new CertificateRequest(t.memberA1(), " ", null, null, 0),
                LetterFile.Format.PDF)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactly("addressee", "destination", "purpose", "months"));
        assertThatThrownBy(() -> certificates.certificate(trees.subtreeScope(t.a2()), request(t.memberA1(), 3),
                LetterFile.Format.PDF)).isInstanceOf(NotFoundException.class);
    }
}
