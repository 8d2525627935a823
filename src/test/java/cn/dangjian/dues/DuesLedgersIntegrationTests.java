package cn.dangjian.dues;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.excel.TestWorkbooks;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dues ledgers downloaded as the dues pages link them, on 15 August 2026: the 年初核定表 and the 收缴登记表 in
 * Excel, Word and PDF with the members' names and amounts (two decimals), the arrears list in all three and the
 * remittances in Excel, the yearly 公布 with totals but no member's name — and a sibling branch's secretary gets 404 on each.
 */
@ClockedIntegrationTest
class DuesLedgersIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Members members;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;
    @Autowired
    DuesRemittances remittances;
    @Autowired
    cn.dangjian.documents.CustomTemplates templates;

    private TestTree.Tree t;
    private String wang;
    private String retireeName;
    private String secretary;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 8, 15, 10, 0));
        t = trees.build();
        AccessScope branch = trees.subtreeScope(t.a1());
        retireeName = "李退休" + t.a1();
        long retiree = members.create(AccessScope.system(), TestTree.member(retireeName, t.a1(), MemberKind.FULL));
        assessments.assessAll(branch, t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"),
                AssessMember.annual(retiree, 2026, DuesCategory.RETIRED, "5000.01")));
        wang = assessments.sheet(branch, t.a1(), 2026).stream().filter(r -> r.memberId() == t.memberA1()).findFirst()
                .orElseThrow().name();
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 3, 5), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3)));
        payments.record(branch, RecordPayment.self(retiree, LocalDate.of(2026, 3, 6), YearMonth.of(2026, 3)));
        remittances.record(branch, new RecordRemittance(t.a1(), YearMonth.of(2026, 1), YearMonth.of(2026, 6),
                LocalDate.of(2026, 7, 8), "194.00", true, "YH20260708", "张会计", null));
        secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
    }

    private MockHttpServletResponse download(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, TestTree.PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletResponse ok(String url) throws Exception {
        MockHttpServletResponse response = download(url, secretary);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isAttachment()).isTrue();
        return response;
    }

    @Test
    void theAssessmentSheetListsEachMemberWithTheAmountsInEveryFormat() throws Exception {
        MockHttpServletResponse xlsx = ok("/dues/assessments/sheet.xlsx?orgId=" + t.a1() + "&year=2026");
        assertThat(ContentDisposition.parse(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .startsWith("2026年度党费年初核定表（").endsWith("）.xlsx");
        List<List<String>> rows = TestWorkbooks.read(xlsx.getContentAsByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo("2026年度党费年初核定表");
        List<String> header = rows.get(2);
        assertThat(header).containsExactly("序号", "党员姓名", "人员类别", "月工资收入（税后计算基数）", "执行标准", "月应缴党费",
                "全年应缴党费", "全年实缴党费", "是否年薪制", "是否少交/免交", "本人确认", "备注");
        List<String> w = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(wang)).findFirst().orElseThrow();
        assertThat(w.subList(2, 9)).containsExactly("在职：机关公务员", "4800.00", "按1%", "48.00", "576.00", "144.00", "否");
        List<String> r = rows.stream().filter(x -> x.size() > 1 && x.get(1).equals(retireeName)).findFirst().orElseThrow();
        assertThat(r.subList(3, 8)).containsExactly("5000.01", "按1%", "50.00", "600.00", "50.00");
        assertThat(TestWorkbooks.text(xlsx.getContentAsByteArray())).contains("合计|2人", "98.00", "党支部书记（签字）");

        String word = WordFiles.text(ok("/dues/assessments/sheet.docx?orgId=" + t.a1() + "&year=2026").getContentAsByteArray());
        assertThat(word).contains("2026年度党费年初核定表", wang, retireeName, "4800.00", "48.00", "5000.01", "50.00", "576.00",
                "党员本人确认（签字）").doesNotContain("{{");
        MockHttpServletResponse pdf = ok("/dues/assessments/sheet.pdf?orgId=" + t.a1() + "&year=2026");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(PdfFiles.text(pdf.getContentAsByteArray())).contains(wang, retireeName, "48.00", "50.00", "5000.01", "576.00");
    }

    @Test
    void theMonthlyRegisterShowsWhoPaidWhenAndHowWithBlankSignaturesAndTotals() throws Exception {
        String url = "/dues/register/sheet.%s?orgId=" + t.a1() + "&month=2026-03";
        String xlsx = TestWorkbooks.text(ok(url.formatted("xlsx")).getContentAsByteArray());
        assertThat(xlsx).contains("党费收缴登记表", "2026年3月", "党员签字", "收款人签名", wang + "|2026年3月|48.00|48.00|2026-03-05",
                retireeName + "|2026年3月|50.00|50.00|2026-03-06", "2026-01至2026-03", "98.00", "应交2人", "已交2人");
        String word = WordFiles.text(ok(url.formatted("docx")).getContentAsByteArray());
        assertThat(word).contains(wang, retireeName, "48.00", "50.00", "2026-03-05", "98.00").doesNotContain("[姓名]");
        assertThat(PdfFiles.text(ok(url.formatted("pdf")).getContentAsByteArray())).contains(wang, "48.00", "2026-03-05", "98.00");

        String april = TestWorkbooks.text(ok("/dues/register/sheet.xlsx?orgId=" + t.a1() + "&month=2026年4月")
                .getContentAsByteArray());
        assertThat(april).contains("2026年4月", "已交0人");
    }

    @Test
    void theArrearsListAndTheRemittancesNameTheMonthsAndAmounts() throws Exception {
        String arrears = TestWorkbooks.text(ok("/dues/arrears/sheet.xlsx?orgId=" + t.a1()).getContentAsByteArray());
        // 王: April–July unpaid (4 × 48.00); the retiree: Jan, Feb and Apr–Jul (6 × 50.00)
        assertThat(arrears).contains("党费欠交名单", wang, "2026-04至2026-07", "192.00", retireeName,
                "2026-01至2026-02、2026-04至2026-07", "300.00", "492.00");
        String word = WordFiles.text(ok("/dues/arrears/sheet.docx?orgId=" + t.a1()).getContentAsByteArray());
        assertThat(word).contains("党费欠交名单", wang, "2026-04至2026-07", "192.00", retireeName, "300.00", "492.00")
                .doesNotContain("{{");
        assertThat(PdfFiles.text(ok("/dues/arrears/sheet.pdf?orgId=" + t.a1()).getContentAsByteArray()))
                .contains("党费欠交名单", wang, "192.00", "492.00");
        String remitted = TestWorkbooks.text(ok("/dues/remittances/sheet.xlsx?orgId=" + t.a1() + "&year=2026")
                .getContentAsByteArray());
        assertThat(remitted).contains("2026年度党费上缴记录", "2026-01至2026-06", "194.00", "YH20260708", "张会计", "银行转账");
    }

    @Test
    void thePublicationShowsTheYearsTotalsMonthByMonthButNoMembersName() throws Exception {
        String word = WordFiles.text(ok("/dues/publication.docx?orgId=" + t.a1() + "&year=2026").getContentAsByteArray());
        assertThat(word).contains("2026年度党费收缴情况公布", "3月", "98.00", "已向上级党组织上缴党费194.00元")
                .doesNotContain(wang).doesNotContain(retireeName).doesNotContain("9月");
        String pdf = PdfFiles.text(ok("/dues/publication.pdf?orgId=" + t.a1() + "&year=2026").getContentAsByteArray());
        assertThat(pdf).contains("2026年度党费收缴情况公布", "98.00", "194.00").doesNotContain(wang);
    }

    @Test
    void aSiblingBranchSecretaryGetsNotFoundOnEveryDownload() throws Exception {
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        for (String url : List.of("/dues/assessments/sheet.xlsx?year=2026&orgId=", "/dues/assessments/sheet.docx?orgId=",
                "/dues/assessments/sheet.pdf?orgId=", "/dues/register/sheet.xlsx?month=2026-03&orgId=",
                "/dues/register/sheet.docx?orgId=", "/dues/register/sheet.pdf?orgId=", "/dues/arrears/sheet.xlsx?orgId=",
                "/dues/arrears/sheet.docx?orgId=", "/dues/arrears/sheet.pdf?orgId=",
                "/dues/remittances/sheet.xlsx?orgId=", "/dues/publication.docx?orgId=", "/dues/publication.pdf?orgId=")) {
            MockHttpServletResponse refused = download(url + t.a1(), sibling);
            assertThat(refused.getStatus()).as(url).isEqualTo(404);
            assertThat(refused.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(wang);
        }
        assertThat(download("/dues/assessments/sheet.xlsx?orgId=" + t.a2(), sibling).getStatus()).isEqualTo(200);
    }

    @Test
    void aCommitteesOwnWordFormatOfThePublicationAppliesToItsBranchesButThePdfKeepsTheBuiltInLayout() throws Exception {
        templates.upload(trees.subtreeScope(t.a()), t.a(), cn.dangjian.documents.DocumentTemplate.DUES_PUBLICATION,
                "公布格式.docx", WordFiles.paragraphs("{{组织名称}}党费公布（本局格式）", "实交{{实交合计}}元"));
        String word = WordFiles.text(ok("/dues/publication.docx?orgId=" + t.a1() + "&year=2026").getContentAsByteArray());
        assertThat(word).contains("党费公布（本局格式）", "实交194.00元");
        assertThat(PdfFiles.text(ok("/dues/publication.pdf?orgId=" + t.a1() + "&year=2026").getContentAsByteArray()))
                .contains("2026年度党费收缴情况公布").doesNotContain("本局格式");
    }
}
