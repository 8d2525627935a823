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
