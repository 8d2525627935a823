package cn.dangjian.recruitment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.CustomTemplates;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.dangjian.recruitment.StepKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case's documents generated from a case recorded through the facade, read back as Word and PDF: the person,
 * the dates, the assembly's figures as the meeting computed them, and the embedded Chinese font.
 */
@IntegrationTest
class CaseDocumentsIntegrationTests {

    @Autowired
    Recruitment recruitment;
    @Autowired
    RecruitmentAssemblies assemblies;
    @Autowired
    CaseDocuments documents;
    @Autowired
    CustomTemplates customTemplates;
    @Autowired
    Members members;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    private AccessScope branchScope(TestTree.Tree t) {
        return trees.subtreeScope(t.a1(), Permission.RECRUITMENT_VIEW, Permission.ORG_VIEW);
    }

    @Test
    void theActivistRegisterShowsThePersonTheTalkTheDesignationTheMentorsAndEveryAssessment() throws IOException {
        TestTree.Tree t = trees.build();
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, "林晓雯");
        String secretary = members.get(system, t.memberA1()).name();
        String branchName = recruitment.get(system, walked.caseId()).orgName();

        CaseDocumentFile word = documents.docx(branchScope(t), walked.caseId(), CaseDocumentKind.ACTIVIST_REGISTER);
        assertThat(word.fileName()).isEqualTo("入党积极分子培养考察登记表（林晓雯）.docx");
        assertThat(WordFiles.text(word.content())).contains("入党积极分子培养考察登记表", branchName, "林晓雯", "女", "汉族",
                "1997年9月23日", "硕士研究生", "科员", "2025年1月6日", "2025年2月10日", secretary, "2025年3月3日",
                "2025年3月10日", "党员推荐", "李秀英、王志强").doesNotContain("{{", "[考察内容]");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.content()))) {
            XWPFTable assessments = document.getTables().get(1);
            assertThat(assessments.getRows()).hasSize(3);
            assertThat(assessments.getRow(1).getCell(1).getText()).isEqualTo("2025年9月5日");
            assertThat(assessments.getRow(1).getCell(2).getText()).isEqualTo("学习积极，按时参加党课学习");
            assertThat(assessments.getRow(2).getCell(2).getText()).isEqualTo("工作中勇挑重担，群众评价好");
        }

        byte[] pdf = documents.pdf(branchScope(t), walked.caseId(), CaseDocumentKind.ACTIVIST_REGISTER).content();
        assertThat(PdfFiles.text(pdf)).contains("入党积极分子培养考察登记表", "林晓雯", "1997年9月23日",
                "确定为入党积极分子日期2025年3月3日", "报上级党委备案日期2025年3月10日", "培养联系人李秀英、王志强",
                "12025年9月5日学习积极，按时参加党课学习", "22026年3月5日工作中勇挑重担，群众评价好");
        assertEmbedsChineseFont(pdf);
    }

    @Test
    void theNoticeCountsItsWorkingDaysWithTheOfficialCalendar() throws IOException {
        TestTree.Tree t = trees.build();
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, "周思远");
        CaseView c = recruitment.get(system, walked.caseId());

        String period = "公示时间：2026年4月29日至2026年5月8日（共5个工作日）";
        String word = WordFiles.text(documents.docx(branchScope(t), walked.caseId(), CaseDocumentKind.PUBLIC_NOTICE).content());
        assertThat(word).as("劳动节 2026-05-01…05-05 is not counted").contains(period)
                .contains("经党支部委员会研究，拟将周思远同志列为发展对象，现予以公示。",
                        "周思远，女，汉族，1997年9月出生，硕士研究生学历，现任科员。2025年1月6日递交入党申请书，"
                                + "2025年3月3日被确定为入党积极分子。",
                        "如有意见，请于公示期内向党支部或上级党委反映。", c.orgName(), c.approvingOrgName(), "2026年4月29日")
                .doesNotContain("{{");

        byte[] pdf = documents.pdf(branchScope(t), walked.caseId(), CaseDocumentKind.PUBLIC_NOTICE).content();
        assertThat(PdfFiles.text(pdf)).contains("发展对象公示", "拟将周思远同志列为发展对象", period,
                "如有意见，请于公示期内向党支部或上级党委反映。", c.orgName() + "2026年4月29日");
        assertEmbedsChineseFont(pdf);
    }

    @Test
    void theResolutionCarriesThePerformanceTheAttendanceAndTheSecretBallotOfTheRecordedAssembly() throws IOException {
        TestTree.Tree t = trees.build();
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, "吴晓彤");

        String word = WordFiles.text(documents.docx(branchScope(t), walked.caseId(),
                CaseDocumentKind.ASSEMBLY_RESOLUTION).content());
        assertThat(word).contains("支部党员大会决议", "吴晓彤", "2026年6月19日", "机关办公楼三楼会议室",
                CaseFixtures.PERFORMANCE, "应到会有表决权的党员6名，实到会有表决权的党员5名", "无记名投票",
                "赞成5票，反对1票，弃权0票（含未到会有表决权党员书面意见1份）",
                "无记名投票，赞成5票，反对1票，弃权0票（含未到会党员书面意见1份），赞成票超过应到会有表决权党员6人的半数，通过",
                "同意接收吴晓彤同志为中共预备党员，报上级党委审批。", "支部书记签名").doesNotContain("{{");

        byte[] pdf = documents.pdf(branchScope(t), walked.caseId(), CaseDocumentKind.ASSEMBLY_RESOLUTION).content();
        assertThat(PdfFiles.text(pdf)).contains("支部党员大会决议", "发展对象吴晓彤", "会议日期2026年6月19日",
                "主要表现" + CaseFixtures.PERFORMANCE, "应到会有表决权的党员6名，实到会有表决权的党员5名",
                "赞成5票，反对1票，弃权0票（含未到会有表决权党员书面意见1份）", "赞成票超过应到会有表决权党员6人的半数，通过",
                "同意接收吴晓彤同志为中共预备党员", "支部书记签名");
        assertEmbedsChineseFont(pdf);
    }

    @Test
    void theFullRecordListsEveryStepInOrderAndFlagsTheWaivedRule() throws IOException {
        TestTree.Tree t = trees.build();
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, "郑雨涵");
        CaseView c = recruitment.get(system, walked.caseId());

        byte[] docx = documents.docx(branchScope(t), walked.caseId(), CaseDocumentKind.FULL_RECORD).content();
        assertThat(WordFiles.text(docx)).contains("发展党员全程纪实表", "郑雨涵", "预备党员",
                "《中国共产党发展党员工作细则》（2014年）", c.approvingOrgName(), "2026年6月19日", "2027年6月19日",
                "1个环节超出规定时限，附情况说明：派人同入党申请人谈话（FZ-03）").doesNotContain("{{", "[环节]");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable steps = document.getTables().get(1);
            assertThat(steps.getRows()).hasSize(c.steps().size() + 1);
            List<String> labels = steps.getRows().stream().skip(1).map(r -> r.getCell(2).getText()).toList();
            assertThat(labels).containsExactlyElementsOf(c.steps().stream().map(s -> s.kind().label()).toList());
            assertThat(labels).startsWith(APPLICATION.label(), APPLICATION_TALK.label(), ACTIVIST_DESIGNATION.label());
            assertThat(steps.getRow(2).getCell(3).getText()).isEqualTo(members.get(system, t.memberA1()).name());
            assertThat(steps.getRow(2).getCell(6).getText()).isEqualTo("超出FZ-03规定时限：" + CaseFixtures.JUSTIFICATION);
            int notice = labels.indexOf(PUBLIC_NOTICE.label()) + 1;
            assertThat(steps.getRow(notice).getCell(1).getText()).isEqualTo("2026年4月29日至2026年5月8日");
            assertThat(steps.getRow(notice).getCell(4).getText()).contains("通过", "公示5个工作日");
            int assembly = labels.indexOf(ADMISSION_ASSEMBLY.label()) + 1;
            assertThat(steps.getRow(assembly).getCell(5).getText()).contains("无记名投票，赞成5票，反对1票");
            assertThat(steps.getRow(assembly).getCell(4).getText()).contains("主要表现：" + CaseFixtures.PERFORMANCE);
            int talk = labels.indexOf(APPROVAL_TALK.label()) + 1;
            assertThat(steps.getRow(talk).getCell(3).getText()).isEqualTo("组织员 刘建国");
        }

        byte[] pdf = documents.pdf(branchScope(t), walked.caseId(), CaseDocumentKind.FULL_RECORD).content();
        assertThat(PdfFiles.text(pdf)).contains("发展党员全程纪实表", "郑雨涵", "适用细则《中国共产党发展党员工作细则》（2014年）",
                "预备期开始日期2026年6月19日", "预备期满日期2027年6月19日", "超出FZ-03规定时限",
                "2026年4月29日至2026年5月8日", "上级党委审批");
        assertEmbedsChineseFont(pdf);
    }

    @Test
    void aDocumentWhoseStepIsNotRecordedIsRefusedNamingTheStepAndAnotherBranchCannotHaveIt() {
        TestTree.Tree t = trees.build();
        long id = CaseFixtures.applied(recruitment, t, "孙可欣", LocalDate.of(2026, 10, 12));
        CaseView applicant = recruitment.get(system, id);
        assertThat(CaseDocuments.available(applicant)).containsExactly(CaseDocumentKind.FULL_RECORD);
        assertThatThrownBy(() -> documents.docx(branchScope(t), id, CaseDocumentKind.ACTIVIST_REGISTER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("尚未记录“确定为入党积极分子并报上级党委备案”").hasMessageContaining("FZ-04");
        assertThatThrownBy(() -> documents.pdf(branchScope(t), id, CaseDocumentKind.PUBLIC_NOTICE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("发展对象公示").hasMessageContaining("FZ-08");
        assertThatThrownBy(() -> documents.pdf(branchScope(t), id, CaseDocumentKind.ASSEMBLY_RESOLUTION))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("尚未记录“支部党员大会讨论接收预备党员”").hasMessageContaining("还不能生成支部党员大会决议");
        assertThat(PdfFiles.text(documents.pdf(branchScope(t), id, CaseDocumentKind.FULL_RECORD).content()))
                .contains("孙可欣", "入党申请人", "《中国共产党发展党员工作细则》（2026年修订）", "2026年10月12日");

        AccessScope sibling = trees.subtreeScope(t.a2());
        for (CaseDocumentKind kind : CaseDocumentKind.values()) {
            assertThatThrownBy(() -> documents.docx(sibling, id, kind)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> documents.pdf(sibling, id, kind)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aCandidateListedBeforeThe2026RevisionHasNoNoticeAndTheMessageSaysWhy() {
        TestTree.Tree t = trees.build();
        long[] ids = CaseFixtures.branch(members, t, List.of("赵文博"));
        long id = CaseFixtures.applied(recruitment, t, "钱梦洁", LocalDate.of(2024, 1, 8));
        recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2024, 1, 20)).withMembers(List.of(ids[0])));
        recruitment.record(system, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2024, 3, 1)));
        recruitment.record(system, id, RecordStep.on(MENTORS, LocalDate.of(2024, 3, 2)).withMembers(List.of(ids[1])));
        recruitment.record(system, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2025, 3, 3)));

        assertThat(CaseDocuments.available(recruitment.get(system, id)))
                .containsExactly(CaseDocumentKind.ACTIVIST_REGISTER, CaseDocumentKind.FULL_RECORD);
        assertThatThrownBy(() -> documents.docx(system, id, CaseDocumentKind.PUBLIC_NOTICE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2025年3月3日列为发展对象").hasMessageContaining("2026年5月11日起施行的细则才要求公示");
    }

    @Test
    void theWordDocumentComesInTheFormatTheCommitteeUploadedAndThePdfStaysBuiltIn() {
        TestTree.Tree t = trees.build();
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, "冯嘉怡");
        customTemplates.upload(trees.subtreeScope(t.a()), t.a(), DocumentTemplate.PUBLIC_NOTICE, "公示格式.docx",
                WordFiles.paragraphs("机关党委统一格式", "{{姓名}}同志拟列为发展对象，公示{{公示开始日期}}至{{公示截止日期}}，共{{工作日天数}}个工作日。"));

        assertThat(WordFiles.text(documents.docx(branchScope(t), walked.caseId(), CaseDocumentKind.PUBLIC_NOTICE).content()))
                .contains("机关党委统一格式", "冯嘉怡同志拟列为发展对象，公示2026年4月29日至2026年5月8日，共5个工作日。")
                .doesNotContain("经党支部委员会研究");
        assertThat(PdfFiles.text(documents.pdf(branchScope(t), walked.caseId(), CaseDocumentKind.PUBLIC_NOTICE).content()))
                .contains("经党支部委员会研究，拟将冯嘉怡同志列为发展对象");
    }

    private static void assertEmbedsChineseFont(byte[] pdf) {
        assertThat(PdfFiles.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.name()).contains("LXGWWenKai");
        });
    }
}
