package cn.dangjian.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import static cn.dangjian.documents.DocxTemplateGenerator.body;
import static cn.dangjian.documents.DocxTemplateGenerator.merged;
import static cn.dangjian.documents.DocxTemplateGenerator.right;
import static cn.dangjian.documents.DocxTemplateGenerator.table;
import static cn.dangjian.documents.DocxTemplateGenerator.title;

/**
 * The built-in Word formats of the duty module's documents: the 督办通知单 (DB-01). Written by
 * {@link DocxTemplateGenerator#main}; {@code main} here writes only these files.
 */
final class DutyTemplates {

    private DutyTemplates() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of("src/main/resources/documents/templates/task-notice.docx"), taskNotice());
        Files.write(Path.of("src/main/resources/documents/templates/rectification-ledger.docx"), rectificationLedger());
        Files.write(Path.of("src/main/resources/documents/templates/review-report.docx"), reviewReport());
        Files.write(Path.of("src/main/resources/documents/templates/rectification-report.docx"), rectificationReport());
        Files.write(Path.of("src/main/resources/documents/templates/duty-list.docx"), dutyList());
    }

    /** Landscape: one row per duty, then the note on evidence. */
    static byte[] dutyList() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument(true)) {
            title(doc, "{{清单名称}}", "{{印发单位}}　{{印发日期}}印发");
            XWPFTable rows = table(doc, 7, new int[] {5, 9, 13, 37, 10, 8, 18}, DocxTemplateGenerator.LANDSCAPE_TABLE_WIDTH);
            DocxTemplateGenerator.row(rows, true, 10.5, "序号", "层级", "责任主体", "职责", "依据", "周期", "依据记录");
            DocxTemplateGenerator.text(rows.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{职责清单}}",
                    DocxTemplateGenerator.TABLE_FONT, 10.5, false);
            DocxTemplateGenerator.row(rows, false, 10.5, "[序号]", "[层级]", "[责任主体]", "[职责]", "[依据]", "[周期]",
                    "[依据记录]");
            body(doc, "{{说明}}");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    /** A report's opening, the counts, each problem with what was done, and the signature. */
    static byte[] rectificationReport() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            title(doc, "关于{{检查}}反馈意见整改情况的报告", "{{组织名称}}　反馈日期：{{反馈日期}}");
            DocxTemplateGenerator.heading(doc, "一、总体情况");
            body(doc, "{{总体情况}}");
            DocxTemplateGenerator.heading(doc, "二、问题整改情况");
            XWPFTable items = table(doc, 4, new int[] {8, 32, 30, 30});
            DocxTemplateGenerator.row(items, true, 10.5, "序号", "问题", "整改措施", "整改情况");
            DocxTemplateGenerator.text(items.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{整改事项}}",
                    DocxTemplateGenerator.TABLE_FONT, 10.5, false);
            DocxTemplateGenerator.row(items, false, 10.5, "[序号]", "[问题]", "[整改措施]", "[整改情况]");
            DocxTemplateGenerator.heading(doc, "三、下一步工作");
            body(doc, "（由本组织填写）");
            right(doc, "{{组织名称}}");
            right(doc, "{{报告日期}}");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    /** The narrative, then the figures and last year's problems as tables, then the result. */
    static byte[] reviewReport() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            title(doc, "{{年度}}书记抓党建述职报告", "{{组织名称}}　书记：{{书记}}");
            right(doc, "组织评议：{{组织评议}}。{{提交情况}}。");
            DocxTemplateGenerator.heading(doc, "述职报告");
            body(doc, "{{述职报告}}");
            DocxTemplateGenerator.heading(doc, "工作数据（据平台记录生成）");
            XWPFTable figures = table(doc, 3, new int[] {20, 25, 55});
            DocxTemplateGenerator.row(figures, true, 10.5, "类别", "项目", "数据");
            DocxTemplateGenerator.text(figures.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{工作数据}}",
                    DocxTemplateGenerator.TABLE_FONT, 10.5, false);
            DocxTemplateGenerator.row(figures, false, 10.5, "[类别]", "[项目]", "[数据]");
            DocxTemplateGenerator.heading(doc, "上年度述职评议提出问题的整改情况");
            XWPFTable problems = table(doc, 4, new int[] {8, 52, 15, 25});
            DocxTemplateGenerator.row(problems, true, 10.5, "序号", "问题", "整改时限", "整改情况");
            DocxTemplateGenerator.text(problems.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{上年度问题}}",
                    DocxTemplateGenerator.TABLE_FONT, 10.5, false);
            DocxTemplateGenerator.row(problems, false, 10.5, "[序号]", "[问题]", "[整改时限]", "[整改情况]");
            DocxTemplateGenerator.heading(doc, "评议结果");
            body(doc, "综合评价：{{评议结果}}");
            body(doc, "{{点评意见}}");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    /** Landscape: one row per problem, then the counts and the reports. */
    static byte[] rectificationLedger() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument(true)) {
            title(doc, "整改台账", "{{组织名称}}");
            right(doc, "{{检查}}　反馈日期：{{反馈日期}}　报告报送期限：{{报告期限}}");
            XWPFTable items = table(doc, 8, new int[] {5, 20, 20, 9, 8, 8, 15, 15},
                    DocxTemplateGenerator.LANDSCAPE_TABLE_WIDTH);
            DocxTemplateGenerator.row(items, true, 10.5, "序号", "问题", "整改措施", "整改时限", "责任人", "责任领导", "完成情况",
                    "销号情况");
            DocxTemplateGenerator.text(items.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{整改事项}}",
                    DocxTemplateGenerator.TABLE_FONT, 10.5, false);
            DocxTemplateGenerator.row(items, false, 10.5, "[序号]", "[问题]", "[整改措施]", "[整改时限]", "[责任人]", "[责任领导]",
                    "[完成情况]", "[销号情况]");
            DocxTemplateGenerator.heading(doc, "汇总");
            body(doc, "{{汇总}}");
            body(doc, "{{报告情况}}");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    static byte[] taskNotice() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            title(doc, "督办通知单", "{{交办单位}}　　{{编号}}");
            XWPFTable facts = table(doc, 4, new int[] {20, 30, 20, 30});
            merged(facts, "督办事项", "{{督办事项}}");
            merged(facts, "来源", "{{来源}}");
            merged(facts, "承办单位", "{{承办单位}}");
            merged(facts, "督办内容", "{{督办内容}}");
            merged(facts, "办结标准", "{{办结标准}}");
            merged(facts, "办理期限", "{{办理期限}}");
            merged(facts, "平台数据", "{{平台数据}}");
            body(doc, "请承办单位按期办理，在平台上反馈办理情况；确需延期的，在办理期限届满前说明理由申请。");
            right(doc, "{{交办单位}}");
            right(doc, "{{交办日期}}");
            return DocxTemplateGenerator.bytes(doc);
        }
    }
}
