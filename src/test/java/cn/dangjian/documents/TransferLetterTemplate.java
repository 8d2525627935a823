package cn.dangjian.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import static cn.dangjian.documents.DocxTemplateGenerator.BODY_FONT;
import static cn.dangjian.documents.DocxTemplateGenerator.TABLE_FONT;
import static cn.dangjian.documents.DocxTemplateGenerator.TITLE_FONT;
import static cn.dangjian.documents.DocxTemplateGenerator.text;

/**
 * The built-in Word format of the 党员组织关系介绍信 (ZJ-02): 存根, 介绍信 and 回执 on one page, separated by cut lines
 * for the 骑缝章, every placeholder in one run; and the 回执 alone, which a receiving organization sends back for a
 * letter from outside the platform (ZJ-04); the one letter with its name list of a 整建制转移 (ZJ-06); and the
 * 党员证明信 for a shorter absence (ZJ-01). Written by {@link DocxTemplateGenerator#main}; {@code main} here writes
 * only these four files.
 */
final class TransferLetterTemplate {

    private static final String CUT = "（骑缝章）－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－（骑缝章）";

    private TransferLetterTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of("src/main/resources/documents/templates/transfer-letter.docx"), letter());
        Files.write(Path.of("src/main/resources/documents/templates/transfer-group-letter.docx"), groupLetter());
        Files.write(Path.of("src/main/resources/documents/templates/transfer-receipt.docx"), receipt());
        Files.write(Path.of("src/main/resources/documents/templates/membership-certificate.docx"), certificate());
    }

    static byte[] certificate() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            text(heading.createRun(), "党员证明信", TITLE_FONT, 20, true);
            line(doc, "{{抬头}}：", false);
            line(doc, "兹证明{{姓名}}同志（{{性别}}，{{民族}}），{{入党时间}}加入中国共产党，系中共{{党员类别}}党员，组织关系在"
                    + "{{组织关系所在}}。该同志因{{事由}}前往{{前往}}，时间{{期限}}，请予接洽，并安排其参加党的组织生活。", true);
            line(doc, "该同志党费已交到{{党费已交到}}。", true);
            line(doc, "特此证明。", true);
            right(doc, "（盖章）");
            right(doc, "{{开具日期}}");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    static byte[] receipt() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            XWPFParagraph number = doc.createParagraph();
            number.setAlignment(ParagraphAlignment.RIGHT);
            text(number.createRun(), "第 {{编号}} 号", BODY_FONT, 12, false);
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            text(heading.createRun(), "党员组织关系介绍信回执", TITLE_FONT, 18, true);
            line(doc, "{{回执抬头}}：", false);
            line(doc, "{{姓名}}同志的党员组织关系已转达我处，特此回复。", true);
            right(doc, "（盖章）");
            right(doc, "{{接收日期}}");
            line(doc, "经办人：{{经办人}}　　联系电话：{{联系电话}}", false);
            line(doc, "注：回执由接收党员的基层党委在收到党员组织关系之日起一个月内，通过邮寄或传真退回党员原所在基层党委。", false);
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    static byte[] letter() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            threeParts(doc, "{{姓名}}同志系中共{{党员类别}}党员，组织关系由{{转出党组织}}转到{{转往党组织}}。",
                    "{{姓名}}同志（{{性别}}），{{年龄}}岁，{{民族}}，系中共{{党员类别}}党员，身份证号码{{身份证号}}，"
                            + "由{{转出党组织}}去{{转往党组织}}，请接转组织关系。该同志党费已交到{{党费已交到}}。",
                    List.of("党员联系电话或其他联系方式：{{党员联系电话}}", "党员原所在基层党委通讯地址：{{通讯地址}}",
                            "联系电话：{{联系电话}}　　传真：{{传真}}　　邮编：{{邮编}}"),
                    "{{姓名}}同志");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    /** 整建制转移 (ZJ-06): the three parts for the first member "等N名同志", then the name list on its own page. */
    static byte[] groupLetter() throws IOException {
        try (XWPFDocument doc = DocxTemplateGenerator.newDocument()) {
            threeParts(doc, "{{姓名}}等{{人数}}名同志（{{党员构成}}，名单附后）组织关系由{{转出党组织}}转到{{转往党组织}}。",
                    "{{姓名}}等{{人数}}名同志（{{党员构成}}，名单附后），由{{转出党组织}}整建制去{{转往党组织}}，"
                            + "请接转组织关系。各同志党费交纳情况见名单。",
                    List.of("党员原所在基层党委通讯地址：", "联系电话：　　　　　　传真：　　　　　　邮编："),
                    "{{姓名}}等{{人数}}名同志");
            XWPFParagraph title = doc.createParagraph();
            title.setPageBreak(true);
            title.setAlignment(ParagraphAlignment.CENTER);
            text(title.createRun(), "整建制转移党员名单", TITLE_FONT, 16, true);
            XWPFParagraph note = doc.createParagraph();
            note.setAlignment(ParagraphAlignment.CENTER);
            text(note.createRun(), "（附第{{编号}}号党员组织关系介绍信，共{{人数}}名）", BODY_FONT, 11, false);
            XWPFTable list = DocxTemplateGenerator.table(doc, 8, new int[] {7, 12, 7, 7, 9, 11, 26, 21});
            DocxTemplateGenerator.row(list, true, 10.5, "序号", "姓名", "性别", "年龄", "民族", "党员类别", "身份证号", "党费已交到");
            text(list.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{名单}}", TABLE_FONT, 10.5, false);
            DocxTemplateGenerator.row(list, false, 10.5, "[序号]", "[姓名]", "[性别]", "[年龄]", "[民族]", "[党员类别]",
                    "[身份证号]", "[党费已交到]");
            return DocxTemplateGenerator.bytes(doc);
        }
    }

    /** 存根, 介绍信 and 回执 with their cut lines; what differs is who moves and the sender's contact lines. */
    private static void threeParts(XWPFDocument doc, String stub, String letter, List<String> contact, String who) {
        part(doc, "第一联（存根）", "党员组织关系介绍信");
        line(doc, stub, true);
        right(doc, "{{开具日期}}");
        line(doc, "{{补开说明}}", false);
        line(doc, "（贴回执联处）{{回执情况}}", false);
        cut(doc);
        part(doc, "第二联（介绍信）", "党员组织关系介绍信");
        line(doc, "{{抬头}}：", false);
        line(doc, letter, true);
        line(doc, "（有效期{{有效期}}）", false);
        right(doc, "（盖章）");
        right(doc, "{{开具日期}}");
        contact.forEach(text -> line(doc, text, false));
        cut(doc);
        part(doc, "第三联（回执）", "党员组织关系介绍信回执");
        line(doc, "{{回执抬头}}：", false);
        line(doc, who + "的党员组织关系已转达我处，特此回复。", true);
        right(doc, "（盖章）");
        right(doc, "年　　月　　日");
        line(doc, "经办人：＿＿＿＿＿＿＿＿　　联系电话：＿＿＿＿＿＿＿＿＿＿", false);
        line(doc, "注：回执由接收党员的基层党委在收到党员组织关系之日起一个月内，通过邮寄或传真退回党员原所在基层党委。", false);
    }

    private static void part(XWPFDocument doc, String tag, String title) {
        XWPFParagraph number = doc.createParagraph();
        number.setAlignment(ParagraphAlignment.BOTH);
        text(number.createRun(), tag + "　　　　　　　　　　　　　　　第 {{编号}} 号", BODY_FONT, 11, false);
        XWPFParagraph heading = doc.createParagraph();
        heading.setAlignment(ParagraphAlignment.CENTER);
        text(heading.createRun(), title, TITLE_FONT, 16, true);
    }

    private static void line(XWPFDocument doc, String content, boolean indent) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (indent) {
            paragraph.setIndentationFirstLine(480);
        }
        text(paragraph.createRun(), content, BODY_FONT, 12, false);
    }

    private static void right(XWPFDocument doc, String content) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        paragraph.setIndentationRight(480);
        text(paragraph.createRun(), content, BODY_FONT, 12, false);
    }

    private static void cut(XWPFDocument doc) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph.createRun(), CUT, BODY_FONT, 9, false);
    }
}
