package cn.dangjian.documents;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in documents, each with the placeholders its DOCX and PDF templates may use. */
public enum DocumentTemplate {

    /**
     * 会议记录 — minutes of one meeting with its agenda, votes and signatures; for a 组织生活会 also each member's
     * 批评与自我批评, in a block {@code {{?有批评与自我批评}}…{{/有批评与自我批评}}} that disappears when there is none.
     */
    MEETING_RECORD("会议记录", "meeting-record",
            List.of("组织名称", "会议类型", "会议主题", "会议时间", "会议地点", "主持人", "记录人",
                    "应到人数", "实到人数", "请假人数", "缺席人数", "有表决权人数", "出席人员", "请假人员", "补录说明",
                    "有批评与自我批评"),
            List.of(Map.entry("议程", List.of("序号", "议题", "讨论记录", "决议", "表决结果", "是否通过")),
                    Map.entry("批评与自我批评", List.of("姓名", "自我批评", "相互批评意见")))),

    /** 签到表 — who was expected at a meeting and whether they attended. */
    ATTENDANCE_SHEET("签到表", "attendance-sheet",
            List.of("组织名称", "会议类型", "会议主题", "会议时间", "会议地点",
                    "应到人数", "实到人数", "请假人数", "缺席人数", "补录说明"),
            Map.of("人员", List.of("序号", "姓名", "出席情况", "备注"))),

    /** 三会一课台账 — a branch's meetings of a quarter or year, generated from the records. */
    MEETING_LEDGER("三会一课台账", "meeting-ledger",
            List.of("组织名称", "期间", "汇总"),
            Map.of("会议", List.of("序号", "日期", "会议类型", "主题", "应到", "实到", "主持人", "备注"))),

    /** 民主评议党员汇总表 — each member's grade and the count per grade. */
    APPRAISAL_SUMMARY("民主评议党员汇总表", "appraisal-summary",
            List.of("组织名称", "年度", "评议日期", "汇总"),
            Map.of("党员", List.of("序号", "姓名", "个人自评", "民主测评", "评定等次", "备注")));

    private final String label;
    private final String fileName;
    private final Set<String> fields;
    private final Map<String, Set<String>> tables;

    DocumentTemplate(String label, String fileName, List<String> fields, Map<String, List<String>> tables) {
        this(label, fileName, fields, List.copyOf(tables.entrySet()));
    }

    /** With several tables, in the order the document shows them. */
    DocumentTemplate(String label, String fileName, List<String> fields,
                     List<Map.Entry<String, List<String>>> tables) {
        this.label = label;
        this.fileName = fileName;
        this.fields = new LinkedHashSet<>(fields);
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        tables.forEach(table -> rows.put(table.getKey(), new LinkedHashSet<>(table.getValue())));
        this.tables = rows;
    }

    /** The Chinese name of the document, e.g. 会议记录. */
    public String label() {
        return label;
    }

    /** The placeholders written as {@code {{名称}}} that hold one value. */
    public Set<String> fields() {
        return Set.copyOf(fields);
    }

    /** Repeated table rows: the {@code {{名称}}} placeholder and the {@code [列]} placeholders of its row. */
    public Map<String, Set<String>> tables() {
        return Map.copyOf(tables);
    }

    /** The classpath location of the built-in Word template. */
    public String docxResource() {
        return "documents/templates/" + fileName + ".docx";
    }

    /** The name of the XHTML template under {@code documents/html/}, without suffix. */
    public String htmlTemplate() {
        return fileName;
    }

    /** The file name offered for download, e.g. 会议记录.pdf. */
    public String downloadName(String extension) {
        return label + "." + extension;
    }

    /** Every placeholder, in template order, for messages that list what may be used. */
    public String describePlaceholders() {
        StringBuilder text = new StringBuilder();
        fields.forEach(name -> text.append("{{").append(name).append("}} "));
        tables.forEach((name, columns) -> {
            text.append("{{").append(name).append("}}（表格行：");
            columns.forEach(column -> text.append('[').append(column).append(']'));
            text.append("） ");
        });
        return text.toString().trim();
    }
}
