package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.excel.PaymentColumn;
import cn.dangjian.dues.excel.TestWorkbooks;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The imports on the real database, on 15 August 2026: a payroll export becomes the branch's 核定 (DF-02/DF-05)
 * only once confirmed, with bad rows reported and not stored; a bank export becomes payments once however often it
 * is imported; 垫交 is refused (DF-14); an amount that is not what the months owe is refused; another branch's
 * imports are not found.
 */
@ClockedIntegrationTest
class DuesImportsIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Members members;
    @Autowired
    DuesImports imports;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private TestTree.Tree t;
    private AccessScope branch;
    private String wang;
    private long retiree;
    private String retireeName;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 8, 15, 10, 0));
        t = trees.build();
        branch = trees.subtreeScope(t.a1());
        wang = assessments.sheet(branch, t.a1(), 2026).get(0).name();
        retireeName = "李退休" + t.a1();
        retiree = members.create(AccessScope.system(), TestTree.member(retireeName, t.a1(), MemberKind.FULL));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static ImportReport.Line line(ImportReport report, int row) {
        return report.lines().stream().filter(l -> l.row() == row).findFirst().orElseThrow();
    }

    @Test
    void aPayrollExportBecomesTheAssessmentOnlyWhenConfirmedAndBadRowsAreReportedAndNotStored() {
        String twin = "同名" + t.a1();
        members.create(AccessScope.system(), TestTree.member(twin, t.a1(), MemberKind.FULL));
        members.create(AccessScope.system(), TestTree.member(twin, t.a1(), MemberKind.FULL));
        byte[] payroll = TestWorkbooks.xlsx(
                row("2026年1月工资表"),
                row("序号", "姓名", "人员类别", "应发工资", "税后工资"),
                row(1, wang, "在职：机关公务员", 6500, 4800),
                row(2, retireeName, "离退休人员", 5800, "5000.01"),
                row(3, "查无此人", "公务员", 5000, 3000),
                row(4, twin, "公务员", 5000, 3000),
                row(5, wang, "公务员", 6500, 4800));

        ImportReport preview = imports.previewBases(branch, t.a1(), 2026, "工资表.xlsx", payroll);
        assertThat(preview.done()).isFalse();
        assertThat(line(preview, 3).result()).isEqualTo(ImportReport.READY);
        assertThat(line(preview, 3).message()).contains("每月48.00元", "DF-02");
        assertThat(line(preview, 4).message()).contains("每月50.00元", "DF-05");
        assertThat(line(preview, 5).message()).startsWith("姓名：").contains("查无此人");
        assertThat(line(preview, 6).message()).startsWith("姓名：").contains("2名党员", "身份证号");
        assertThat(line(preview, 7).message()).startsWith("姓名：").contains("第3行");
        assertThat(preview.ready()).isEqualTo(2);
        assertThat(preview.errors()).isEqualTo(3);
        assertThat(assessments.sheet(branch, t.a1(), 2026)).as("nothing is stored on preview").noneMatch(SheetRow::assessed);

        ImportReport done = imports.confirmBases(branch, preview.id());
        assertThat(done.written()).isEqualTo(2);
        Map<Long, SheetRow> sheet = new java.util.HashMap<>();
        assessments.sheet(branch, t.a1(), 2026).forEach(r -> sheet.put(r.memberId(), r));
        assertThat(sheet.get(t.memberA1()).assessment().calculation().monthly()).hasToString("48.00");
        assertThat(sheet.get(retiree).assessment().calculation().monthly()).hasToString("50.00");
        assertThat(sheet.values()).filteredOn(SheetRow::assessed).hasSize(2);

        ImportReport again = imports.previewBases(branch, t.a1(), 2026, "工资表.xlsx", payroll);
        assertThat(line(again, 3).result()).isEqualTo(ImportReport.SAME);
        assertThatThrownBy(() -> imports.confirmBases(branch, preview.id())).as("a confirmed upload is gone")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void withoutACategoryColumnLastYearsCategoryIsUsedElseTheRowIsRefused() {
        assessments.assess(branch, AssessMember.annual(retiree, 2025, DuesCategory.RETIRED, "4000"));
        byte[] payroll = TestWorkbooks.xlsx(row("姓名", "计算基数"), row(retireeName, "5200"), row(wang, "4800"));
        ImportReport preview = imports.previewBases(branch, t.a1(), 2026, "基数.xlsx", payroll);
        assertThat(line(preview, 2).message()).contains("离退休人员", "每月52.00元");
        assertThat(line(preview, 3).result()).isEqualTo(ImportReport.ERROR);
        assertThat(line(preview, 3).message()).startsWith("人员类别：").contains("上一年度");
    }

    @Test
    void aBankExportIsStoredOnceEvenWhenImportedTwiceAndRefusesDianjiaoAndWrongAmounts() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        byte[] bank = TestWorkbooks.xlsx(
                row("付款户名", "缴费月份", "交易金额", "交易时间", "交易流水号", "摘要"),
                row(wang, "2026-01至2026-03", "144.00", "2026-03-05 09:30:00", "T20260305001", "党费"),
                row(wang, "202604", 48, "2026-04-05", null, null),
                row(wang, "2026年5月", "50.00", "2026-05-05", null, null),
                row(wang, "2026-06", "48.00", "2026-06-05", null, "单位垫交"),
                row(wang, "2026-04", 48, "2026-04-05", null, null));

        ImportUpload upload = imports.uploadPayments(branch, t.a1(), "银行明细.xlsx", bank);
        Map<PaymentColumn, Integer> mapping = upload.guessed();
        assertThat(mapping).containsKeys(PaymentColumn.NAME, PaymentColumn.MONTHS, PaymentColumn.AMOUNT,
                PaymentColumn.PAID_ON, PaymentColumn.SERIAL, PaymentColumn.METHOD);
        ImportReport preview = imports.previewPayments(branch, upload.id(), mapping);
        assertThat(line(preview, 2).result()).isEqualTo(ImportReport.READY);
        assertThat(line(preview, 3).result()).isEqualTo(ImportReport.READY);
        assertThat(line(preview, 4).message()).startsWith("交纳金额：").contains("应交合计48.00元");
        assertThat(line(preview, 5).message()).startsWith("交纳方式：").contains("DF-14");
        assertThat(line(preview, 6).result()).as("the same payment twice in one file").isEqualTo(ImportReport.ALREADY);
        assertThat(payments.ofMember(branch, t.memberA1())).as("nothing is stored on preview").isEmpty();

        ImportReport done = imports.confirmPayments(branch, upload.id(), mapping);
        assertThat(done.written()).isEqualTo(2);
        assertThat(line(done, 2).result()).isEqualTo(ImportReport.IMPORTED);
        assertThat(payments.ofMember(branch, t.memberA1())).extracting(PaymentLine::month).containsExactlyInAnyOrder(
                YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(payments.ofMember(branch, t.memberA1())).allMatch(p -> p.source().equals("IMPORT"));

        ImportUpload second = imports.uploadPayments(branch, t.a1(), "银行明细.xlsx", bank);
        ImportReport secondPreview = imports.previewPayments(branch, second.id(), second.guessed());
        assertThat(line(secondPreview, 2).result()).isEqualTo(ImportReport.ALREADY);
        assertThat(line(secondPreview, 3).result()).isEqualTo(ImportReport.ALREADY);
        ImportReport secondDone = imports.confirmPayments(branch, second.id(), second.guessed());
        assertThat(secondDone.written()).isZero();
        assertThat(payments.ofMember(branch, t.memberA1())).hasSize(4);
        assertThat(payments.register(branch, t.a1(), YearMonth.of(2026, 1))).filteredOn(l -> l.memberId() == t.memberA1())
                .singleElement().satisfies(l -> assertThat(l.paid()).hasToString("48.00"));
    }

    @Test
    void aMappingWithoutTheRequiredColumnsIsRefusedNamingThem() {
        byte[] bank = TestWorkbooks.xlsx(row("姓名", "说明", "数额"), row(wang, "三月党费", 48));
        ImportUpload upload = imports.uploadPayments(branch, t.a1(), "x.xlsx", bank);
        assertThat(upload.guessed()).containsOnlyKeys(PaymentColumn.NAME);
        assertThatThrownBy(() -> imports.previewPayments(branch, upload.id(), upload.guessed()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.label())
                        .contains("交纳月份", "金额", "交纳日期"));
    }

    @Test
    void anotherBranchNeitherImportsIntoThisOneNorReadsItsUpload() {
        AccessScope sibling = trees.subtreeScope(t.a2());
        byte[] payroll = TestWorkbooks.xlsx(row("姓名", "税后工资", "人员类别"), row(wang, 4800, "公务员"));
        assertThatThrownBy(() -> imports.previewBases(sibling, t.a1(), 2026, "x.xlsx", payroll))
                .isInstanceOf(NotFoundException.class);
        ImportReport mine = imports.previewBases(branch, t.a1(), 2026, "x.xlsx", payroll);
        assertThatThrownBy(() -> imports.confirmBases(sibling, mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(assessments.sheet(branch, t.a1(), 2026)).noneMatch(SheetRow::assessed);
    }

    private String page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String user)
            throws Exception {
        var response = mvc.perform(request.with(httpBasic(user, TestTree.PASSWORD)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String uploadId(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"upload\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("the page carries the upload to confirm").isTrue();
        return m.group(1);
    }

    @Test
    void theSecretaryWalksBothImportPagesFromUploadToConfirmation() throws Exception {
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        assertThat(page(get("/dues/imports/bases").param("orgId", String.valueOf(t.a1())), secretary))
                .contains("从工资表导入党费核定", "2026年度");
        byte[] payroll = TestWorkbooks.xlsx(row("姓名", "税后工资", "人员类别"), row(wang, 4800, "公务员"),
                row("查无此人", 3000, "公务员"));
        String preview = page(multipart("/dues/imports/bases").file(new org.springframework.mock.web.MockMultipartFile(
                "file", "工资表.xlsx", "application/octet-stream", payroll)).param("orgId", String.valueOf(t.a1()))
                .param("year", "2026"), secretary);
        assertThat(preview).contains("第2行", "可导入", "每月48.00元", "第3行", "有错误", "确认导入（1人）");
        String done = page(post("/dues/imports/bases/confirm").param("orgId", String.valueOf(t.a1())).param("year", "2026")
                .param("upload", uploadId(preview)), secretary);
        assertThat(done).contains("导入完成：写入1人的2026年度核定");
        assertThat(assessments.sheet(branch, t.a1(), 2026)).filteredOn(SheetRow::assessed).hasSize(1);

        byte[] bank = TestWorkbooks.xlsx(row("户名", "备注", "数额", "日期"), row(wang, "2026-03", "48.00", "2026-03-05"));
        String mapping = page(multipart("/dues/imports/payments").file(new org.springframework.mock.web.MockMultipartFile(
                "file", "银行.xlsx", "application/octet-stream", bank)).param("orgId", String.valueOf(t.a1())), secretary);
        assertThat(mapping).contains("col_NAME", "col_MONTHS", "数额", "2026-03-05");
        String checked = page(post("/dues/imports/payments/preview").param("orgId", String.valueOf(t.a1()))
                .param("upload", uploadId(mapping)).param("col_NAME", "0").param("col_MONTHS", "1")
                .param("col_AMOUNT", "2").param("col_PAID_ON", "3"), secretary);
        assertThat(checked).contains("可导入", "确认导入（1笔）");
        String imported = page(post("/dues/imports/payments/confirm").param("orgId", String.valueOf(t.a1()))
                .param("upload", uploadId(checked)).param("col_NAME", "0").param("col_MONTHS", "1")
                .param("col_AMOUNT", "2").param("col_PAID_ON", "3"), secretary);
        assertThat(imported).contains("导入完成：登记1笔");
        assertThat(payments.ofMember(branch, t.memberA1())).singleElement()
                .satisfies(p -> assertThat(p.month()).isEqualTo(YearMonth.of(2026, 3)));
    }
}
