package cn.dangjian.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the built-in Word templates under src/main/resources/documents/templates with POI, so that every
 * placeholder sits in one run. Run {@code main} from the project root after changing a layout, and commit the files.
 */
public final class DocxTemplateGenerator {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    private static final int TABLE_WIDTH = 8844; // twentieths of a point: A4 less 2.8 cm and 2.6 cm margins
    static final int LANDSCAPE_TABLE_WIDTH = 13776; // A4 landscape less the same side margins

    private DocxTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/documents/templates");
        Files.createDirectories(folder);
        Files.write(folder.resolve("meeting-record.docx"), meetingRecord());
        Files.write(folder.resolve("attendance-sheet.docx"), attendanceSheet());
        Files.write(folder.resolve("meeting-ledger.docx"), meetingLedger());
        Files.write(folder.resolve("appraisal-summary.docx"), appraisalSummary());
        Files.write(folder.resolve("activist-register.docx"), activistRegister());
        Files.write(folder.resolve("public-notice.docx"), publicNotice());
        Files.write(folder.resolve("assembly-resolution.docx"), assemblyResolution());
        Files.write(folder.resolve("full-record.docx"), fullRecord());
        Files.write(folder.resolve("dues-assessment-sheet.docx"), duesAssessmentSheet());
        Files.write(folder.resolve("dues-register.docx"), duesRegister());
        Files.write(folder.resolve("dues-publication.docx"), duesPublication());
        Files.write(folder.resolve("dues-arrears.docx"), duesArrears());
        Files.write(folder.resolve("transfer-letter.docx"), TransferLetterTemplate.letter());
        Files.write(folder.resolve("transfer-group-letter.docx"), TransferLetterTemplate.groupLetter());
        Files.write(folder.resolve("transfer-receipt.docx"), TransferLetterTemplate.receipt());
        Files.write(folder.resolve("membership-certificate.docx"), TransferLetterTemplate.certificate());
        Files.write(folder.resolve("task-notice.docx"), DutyTemplates.taskNotice());
        Files.write(folder.resolve("rectification-ledger.docx"), DutyTemplates.rectificationLedger());
        Files.write(folder.resolve("review-report.docx"), DutyTemplates.reviewReport());
        Files.write(folder.resolve("rectification-report.docx"), DutyTemplates.rectificationReport());
        Files.write(folder.resolve("duty-list.docx"), DutyTemplates.dutyList());
    }

    /** Landscape: who owes which months, the run (DF-13 at 6) and the amount, with the totals. */
    static byte[] duesArrears() throws IOException {
        try (XWPFDocument doc = newDocument(true)) {
            title(doc, "党费欠交名单", "{{组织名称}}");
            right(doc, "截至{{截至日期}}　金额单位：元");
            XWPFTable members = table(doc, 7, new int[] {5, 9, 16, 22, 8, 9, 31}, LANDSCAPE_TABLE_WIDTH);
            row(members, true, 10.5, "序号", "姓名", "所在党组织", "欠交月份", "连续欠交月数", "欠交金额", "提示");
            text(members.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{党员}}", TABLE_FONT, 10.5, false);
            row(members, false, 10.5, "[序号]", "[姓名]", "[所在党组织]", "[欠交月份]", "[连续欠交月数]", "[欠交金额]", "[提示]");
            row(members, false, 10.5, "合计", "{{人数}}人", "", "", "", "{{欠交合计}}", "");
            return bytes(doc);
        }
    }

    /** Landscape: twelve columns as the 核定表 of A.2.1 has them, then the totals and the signatures. */
    static byte[] duesAssessmentSheet() throws IOException {
        try (XWPFDocument doc = newDocument(true)) {
            title(doc, "{{年度}}年度党费年初核定表", "{{组织名称}}");
            right(doc, "制表日期：{{制表日期}}　金额单位：元");
            XWPFTable members = table(doc, 12, new int[] {4, 8, 12, 9, 7, 7, 8, 8, 6, 11, 8, 12}, LANDSCAPE_TABLE_WIDTH);
            row(members, true, 10.5, "序号", "党员姓名", "人员类别", "月工资收入（税后计算基数）", "执行标准", "月应缴党费",
                    "全年应缴党费", "全年实缴党费", "是否年薪制", "是否少交/免交", "本人确认", "备注");
            text(members.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{党员}}", TABLE_FONT, 10.5, false);
            row(members, false, 10.5, "[序号]", "[姓名]", "[人员类别]", "[计算基数]", "[执行标准]", "[月应缴]", "[全年应缴]",
                    "[全年实缴]", "[年薪制]", "[少交免交]", "[本人确认]", "[备注]");
            row(members, false, 10.5, "合计", "{{人数}}人", "", "", "", "{{月应缴合计}}", "{{全年应缴合计}}",
                    "{{全年实缴合计}}", "", "", "", "");
            signatureLine(doc, "党员本人确认（签字）：＿＿＿＿＿＿＿＿　　党支部书记（签字）：＿＿＿＿＿＿＿＿　　（党支部盖章）　　年　　月　　日");
            return bytes(doc);
        }
    }

    /** Landscape: the month's register with blank signature columns (A.2.2). */
    static byte[] duesRegister() throws IOException {
        try (XWPFDocument doc = newDocument(true)) {
            title(doc, "党费收缴登记表", "{{组织名称}}　{{月份}}");
            right(doc, "制表日期：{{制表日期}}　金额单位：元");
            XWPFTable members = table(doc, 10, new int[] {5, 9, 9, 7, 7, 10, 17, 14, 11, 11}, LANDSCAPE_TABLE_WIDTH);
            row(members, true, 10.5, "序号", "姓名", "交纳月份", "应交", "实交", "交纳日期", "交纳方式", "所交月份",
                    "党员签字", "收款人签名");
            text(members.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{党员}}", TABLE_FONT, 10.5, false);
            row(members, false, 10.5, "[序号]", "[姓名]", "[交纳月份]", "[应交]", "[实交]", "[交纳日期]", "[交纳方式]",
                    "[所交月份]", "[党员签字]", "[收款人签名]");
            row(members, false, 10.5, "合计", "应交{{应交人数}}人", "已交{{已交人数}}人", "{{应交合计}}", "{{实交合计}}", "",
                    "", "", "", "");
            signatureLine(doc, "收款人（签名）：＿＿＿＿＿＿＿＿　　　　党支部书记（签字）：＿＿＿＿＿＿＿＿");
            return bytes(doc);
        }
    }

    /** A notice to the members (DF-18) with the year's collection by month; totals only. */
    static byte[] duesPublication() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingAfter(400);
            text(heading.createRun(), "{{年度}}年度党费收缴情况公布", TITLE_FONT, 22, true);
            body(doc, "根据《关于中国共产党党费收缴、使用和管理的规定》，现将{{组织名称}}{{年度}}年度党费收缴情况公布如下。");
            body(doc, "本年度应交党费合计{{应交合计}}元，实交{{实交合计}}元，尚欠{{欠交合计}}元。{{上缴情况}}");
            XWPFTable months = table(doc, 5, new int[] {16, 18, 22, 22, 22});
            row(months, true, "月份", "应交人数", "应交金额（元）", "实交金额（元）", "未交清人数");
            text(months.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{各月}}", TABLE_FONT, 12, false);
            row(months, false, "[月份]", "[应交人数]", "[应交金额]", "[实交金额]", "[未交清人数]");
            row(months, false, "合计", "", "{{应交合计}}", "{{实交合计}}", "");
            body(doc, "{{说明}}");
            doc.createParagraph();
            signOff(doc, "{{组织名称}}");
            signOff(doc, "{{发布日期}}");
            return bytes(doc);
        }
    }

    static byte[] meetingRecord() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            title(doc, "会议记录", "{{组织名称}}");
            right(doc, "{{补录说明}}");
            XWPFTable facts = table(doc, 4, new int[] {19, 31, 19, 31});
            row(facts, true, "会议类型", "{{会议类型}}", "会议时间", "{{会议时间}}");
            row(facts, false, "会议地点", "{{会议地点}}", "主持人", "{{主持人}}");
            row(facts, false, "记录人", "{{记录人}}", "有表决权人数", "{{有表决权人数}}人");
            merged(facts, "出席情况", "应到{{应到人数}}人，实到{{实到人数}}人，请假{{请假人数}}人，缺席{{缺席人数}}人");
            merged(facts, "会议主题", "{{会议主题}}");
            merged(facts, "出席人员", "{{出席人员}}");
            merged(facts, "请假人员及事由", "{{请假人员}}");
            merged(facts, "缺席人员", "{{缺席人员}}");
            heading(doc, "会议议程及决议");
            XWPFTable agenda = table(doc, 6, new int[] {7, 17, 34, 18, 14, 10});
            row(agenda, true, "序号", "议题", "讨论记录", "决议", "表决结果", "是否通过");
            XWPFTableCell loopCell = agenda.getRow(0).getCell(0);
            text(loopCell.getParagraphs().get(0).createRun(), "{{议程}}", TABLE_FONT, 12, false);
            row(agenda, false, "[序号]", "[议题]", "[讨论记录]", "[决议]", "[表决结果]", "[是否通过]");
            marker(doc, "{{?有批评与自我批评}}");
            heading(doc, "批评与自我批评");
            XWPFTable criticism = table(doc, 3, new int[] {14, 43, 43});
            row(criticism, true, "姓名", "自我批评", "相互批评意见");
            text(criticism.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{批评与自我批评}}", TABLE_FONT,
                    12, false);
            row(criticism, false, "[姓名]", "[自我批评]", "[相互批评意见]");
            marker(doc, "{{/有批评与自我批评}}");
            signatures(doc);
            return bytes(doc);
        }
    }

    static byte[] attendanceSheet() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            title(doc, "签到表", "{{组织名称}}");
            right(doc, "{{补录说明}}");
            XWPFTable facts = table(doc, 4, new int[] {19, 31, 19, 31});
            row(facts, true, "会议类型", "{{会议类型}}", "会议时间", "{{会议时间}}");
            row(facts, false, "会议地点", "{{会议地点}}", "会议主题", "{{会议主题}}");
            merged(facts, "出席情况", "应到{{应到人数}}人，实到{{实到人数}}人，请假{{请假人数}}人，缺席{{缺席人数}}人");
            heading(doc, "人员名单");
            XWPFTable roster = table(doc, 4, new int[] {12, 28, 20, 40});
            row(roster, true, "序号", "姓名", "出席情况", "备注");
            text(roster.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{人员}}", TABLE_FONT, 12, false);
            row(roster, false, "[序号]", "[姓名]", "[出席情况]", "[备注]");
            return bytes(doc);
        }
    }

    static byte[] meetingLedger() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            title(doc, "三会一课台账", "{{组织名称}}");
            right(doc, "{{期间}}");
            XWPFTable meetings = table(doc, 8, new int[] {7, 14, 14, 27, 7, 7, 12, 12});
            row(meetings, true, "序号", "日期", "会议类型", "主题", "应到", "实到", "主持人", "备注");
            text(meetings.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{会议}}", TABLE_FONT, 12, false);
            row(meetings, false, "[序号]", "[日期]", "[会议类型]", "[主题]", "[应到]", "[实到]", "[主持人]", "[备注]");
            heading(doc, "汇总");
            right(doc, "{{汇总}}");
            return bytes(doc);
        }
    }

    static byte[] appraisalSummary() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            title(doc, "民主评议党员汇总表", "{{组织名称}}");
            right(doc, "{{年度}}年度，评议日期 {{评议日期}}");
            XWPFTable members = table(doc, 6, new int[] {8, 14, 32, 16, 14, 16});
            row(members, true, "序号", "姓名", "个人自评", "民主测评", "评定等次", "备注");
            text(members.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{党员}}", TABLE_FONT, 12, false);
            row(members, false, "[序号]", "[姓名]", "[个人自评]", "[民主测评]", "[评定等次]", "[备注]");
            heading(doc, "汇总");
            right(doc, "{{汇总}}");
            return bytes(doc);
        }
    }

    static byte[] activistRegister() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            title(doc, "入党积极分子培养考察登记表", "{{组织名称}}");
            XWPFTable facts = table(doc, 4, new int[] {21, 29, 21, 29});
            row(facts, false, "姓名", "{{姓名}}", "性别", "{{性别}}");
            row(facts, false, "民族", "{{民族}}", "出生日期", "{{出生日期}}");
            row(facts, false, "学历", "{{学历}}", "申请入党日期", "{{申请入党日期}}");
            merged(facts, "工作单位及职务", "{{工作单位及职务}}");
            row(facts, false, "谈话日期", "{{谈话日期}}", "谈话人", "{{谈话人}}");
            row(facts, false, "确定为入党积极分子日期", "{{确定积极分子日期}}", "报上级党委备案日期", "{{备案日期}}");
            merged(facts, "推荐情况", "{{推荐情况}}");
            merged(facts, "培养联系人", "{{培养联系人}}");
            heading(doc, "培养教育考察情况");
            XWPFTable assessments = table(doc, 3, new int[] {10, 22, 68});
            row(assessments, true, "序号", "考察日期", "考察内容");
            text(assessments.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{考察记录}}", TABLE_FONT, 12,
                    false);
            row(assessments, false, "[序号]", "[考察日期]", "[考察内容]");
            signatureLine(doc, "培养联系人签名：＿＿＿＿＿＿＿＿　　　　党支部书记签名：＿＿＿＿＿＿＿＿");
            return bytes(doc);
        }
    }

    /** A notice in the layout of an official document: 三号仿宋 body, first lines indented two characters. */
    static byte[] publicNotice() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingAfter(400);
            text(heading.createRun(), "发展对象公示", TITLE_FONT, 22, true);
            body(doc, "经党支部委员会研究，拟将{{姓名}}同志列为发展对象，现予以公示。");
            body(doc, "{{基本情况}}");
            body(doc, "公示时间：{{公示开始日期}}至{{公示截止日期}}（共{{工作日天数}}个工作日）。");
            body(doc, "公示期间，党员和群众可通过来电、来信、来访等方式，反映该同志在政治思想、工作学习、遵纪守法、"
                    + "道德品质等方面的情况和问题。反映问题应实事求是，以个人名义反映的提倡署真实姓名。");
            body(doc, "如有意见，请于公示期内向党支部或上级党委反映。");
            body(doc, "受理单位：{{组织名称}}，{{上级党委}}。");
            doc.createParagraph();
            signOff(doc, "{{组织名称}}");
            signOff(doc, "{{发布日期}}");
            return bytes(doc);
        }
    }

    static byte[] assemblyResolution() throws IOException {
        try (XWPFDocument doc = newDocument()) {
            title(doc, "支部党员大会决议", "{{组织名称}}");
            XWPFTable facts = table(doc, 4, new int[] {21, 29, 21, 29});
            row(facts, false, "发展对象", "{{姓名}}", "会议日期", "{{会议日期}}");
            merged(facts, "会议地点", "{{会议地点}}");
            merged(facts, "到会情况", "应到会有表决权的党员{{应到人数}}名，实到会有表决权的党员{{实到人数}}名");
            merged(facts, "主要表现", "{{主要表现}}");
            merged(facts, "表决方式", "{{表决方式}}");
            merged(facts, "表决票数", "赞成{{赞成票数}}票，反对{{反对票数}}票，弃权{{弃权票数}}票"
                    + "（含未到会有表决权党员书面意见{{书面意见份数}}份）");
            merged(facts, "表决结果", "{{表决结果}}");
            merged(facts, "支部党员大会决议", "{{决议}}");
            signatureLine(doc, "支部书记签名：＿＿＿＿＿＿＿＿");
            signOff(doc, "{{会议日期}}", 14);
            return bytes(doc);
        }
    }

    /** Landscape, so that the seven columns of the steps stay readable. */
    static byte[] fullRecord() throws IOException {
        try (XWPFDocument doc = newDocument(true)) {
            title(doc, "发展党员全程纪实表", "{{组织名称}}");
            XWPFTable facts = table(doc, 4, new int[] {16, 34, 16, 34}, LANDSCAPE_TABLE_WIDTH);
            row(facts, false, "姓名", "{{姓名}}", "性别", "{{性别}}");
            row(facts, false, "民族", "{{民族}}", "出生日期", "{{出生日期}}");
            row(facts, false, "学历", "{{学历}}", "申请入党日期", "{{申请入党日期}}");
            merged(facts, "工作单位及职务", "{{工作单位及职务}}");
            row(facts, false, "当前阶段", "{{当前阶段}}", "审批党委", "{{审批党委}}");
            merged(facts, "适用细则", "{{适用细则}}");
            row(facts, false, "预备期开始日期", "{{预备期开始日期}}", "预备期满日期", "{{预备期满日期}}");
            merged(facts, "情况说明", "{{情况说明汇总}}");
            heading(doc, "发展过程纪实");
            XWPFTable steps = table(doc, 7, new int[] {6, 13, 16, 11, 20, 18, 16}, LANDSCAPE_TABLE_WIDTH);
            row(steps, true, 10.5, "序号", "日期", "环节", "人员", "结果", "表决情况", "情况说明");
            text(steps.getRow(0).getCell(0).getParagraphs().get(0).createRun(), "{{全程纪实}}", TABLE_FONT, 10.5,
                    false);
            row(steps, false, 10.5, "[序号]", "[日期]", "[环节]", "[人员]", "[结果]", "[表决情况]", "[情况说明]");
            return bytes(doc);
        }
    }

    static XWPFDocument newDocument() {
        return newDocument(false);
    }

    static XWPFDocument newDocument(boolean landscape) {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(landscape ? 1418 : 2098));
        margins.setBottom(BigInteger.valueOf(landscape ? 1361 : 1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setFooter(BigInteger.valueOf(992));
        footer(doc);
        return doc;
    }

    /** “第 X 页 共 Y 页” from Word's PAGE and NUMPAGES fields. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph.createRun(), "第 ", TABLE_FONT, 10.5, false);
        field(paragraph, "PAGE");
        text(paragraph.createRun(), " 页 共 ", TABLE_FONT, 10.5, false);
        field(paragraph, "NUMPAGES");
        text(paragraph.createRun(), " 页", TABLE_FONT, 10.5, false);
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue("1");
    }

    static void title(XWPFDocument doc, String title, String subtitle) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setAlignment(ParagraphAlignment.CENTER);
        heading.setSpacingAfter(120);
        text(heading.createRun(), title, TITLE_FONT, 22, true);
        XWPFParagraph organization = doc.createParagraph();
        organization.setAlignment(ParagraphAlignment.CENTER);
        organization.setSpacingAfter(200);
        text(organization.createRun(), subtitle, BODY_FONT, 16, false);
    }

    static void right(XWPFDocument doc, String content) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        text(paragraph.createRun(), content, BODY_FONT, 12, false);
    }

    static void heading(XWPFDocument doc, String content) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        text(paragraph.createRun(), content, "黑体", 15, true);
    }

    /** A paragraph holding only a block tag, which poi-tl removes when it renders the block. */
    private static void marker(XWPFDocument doc, String tag) {
        text(doc.createParagraph().createRun(), tag, BODY_FONT, 12, false);
    }

    private static void signatures(XWPFDocument doc) {
        doc.createParagraph();
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(480);
        text(paragraph.createRun(), "记录人签名：＿＿＿＿＿＿＿＿　　　　主持人签名：＿＿＿＿＿＿＿＿", BODY_FONT, 14, false);
    }

    /** A body paragraph of an official document: 三号仿宋, first line indented two characters, 28-point lines. */
    static void body(XWPFDocument doc, String content) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(640);
        paragraph.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        text(paragraph.createRun(), content, BODY_FONT, 16, false);
    }

    /** The issuing organization or the date, right-aligned under a notice or a resolution. */
    private static void signOff(XWPFDocument doc, String content) {
        signOff(doc, content, 16);
    }

    private static void signOff(XWPFDocument doc, String content, double points) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        paragraph.setIndentationRight((int) Math.round(points * 40));
        text(paragraph.createRun(), content, BODY_FONT, points, false);
    }

    private static void signatureLine(XWPFDocument doc, String content) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(480);
        text(paragraph.createRun(), content, BODY_FONT, 14, false);
    }

    static XWPFTable table(XWPFDocument doc, int columns, int[] percents) {
        return table(doc, columns, percents, TABLE_WIDTH);
    }

    static XWPFTable table(XWPFDocument doc, int columns, int[] percents, int width) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth(width);
        table.setTableAlignment(TableRowAlign.CENTER);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) width * percent / 100));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        table.removeRow(0);
        return table;
    }

    /** A row of cells; odd-positioned cells of a key/value table are bold labels. */
    static void row(XWPFTable table, boolean header, String... cells) {
        row(table, header, 12, cells);
    }

    /** A row in a smaller size, for tables with many columns. */
    static void row(XWPFTable table, boolean header, double points, String... cells) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() < cells.length) {
            row.addNewTableCell();
        }
        var grid = table.getCTTbl().getTblGrid().getGridColList();
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(grid.get(i).getW()));
            boolean label = header || (cells.length == 4 && i % 2 == 0 && !cells[i].startsWith("["));
            cell(cell, cells[i], label, points);
        }
    }

    /** A label and one value spanning the remaining columns. */
    static void merged(XWPFTable table, String label, String value) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 2) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        while (row.getTableCells().size() < 2) {
            row.addNewTableCell();
        }
        cell(row.getCell(0), label, true, 12);
        cell(row.getCell(1), value, false, 12);
        var properties = row.getCell(1).getCTTc().isSetTcPr() ? row.getCell(1).getCTTc().getTcPr()
                : row.getCell(1).getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(table.getCTTbl().getTblGrid().sizeOfGridColArray() - 1));
    }

    private static void cell(XWPFTableCell cell, String content, boolean label, double points) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.getRuns().forEach(run -> run.setText("", 0));
        if (label) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
        }
        text(paragraph.createRun(), content, TABLE_FONT, points, label);
    }

    /** A run with its East Asian font named explicitly, as Word and WPS need for Chinese text. */
    static void text(XWPFRun run, String content, String eastAsianFont, double points, boolean bold) {
        run.setText(content);
        run.setBold(bold);
        run.setFontSize(points);
        var properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(eastAsianFont);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    static List<String> files() {
        return List.of("meeting-record.docx", "attendance-sheet.docx");
    }
}
