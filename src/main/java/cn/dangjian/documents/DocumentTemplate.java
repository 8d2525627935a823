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
                    "应到人数", "实到人数", "请假人数", "缺席人数", "有表决权人数", "出席人员", "请假人员", "缺席人员",
                    "补录说明", "有批评与自我批评"),
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
            Map.of("党员", List.of("序号", "姓名", "个人自评", "民主测评", "评定等次", "备注"))),

    /**
     * 入党积极分子培养考察登记表 — the activist's details, the talk, the designation and its 备案, the 培养联系人 and
     * each half-yearly 考察 (FZ-03..FZ-07).
     */
    ACTIVIST_REGISTER("入党积极分子培养考察登记表", "activist-register",
            List.of("组织名称", "姓名", "性别", "民族", "出生日期", "学历", "工作单位及职务", "申请入党日期",
                    "谈话日期", "谈话人", "确定积极分子日期", "备案日期", "推荐情况", "培养联系人"),
            Map.of("考察记录", List.of("序号", "考察日期", "考察内容"))),

    /** 发展对象公示 — the notice of at least 5 working days before an activist is listed as a candidate (FZ-08). */
    PUBLIC_NOTICE("发展对象公示", "public-notice",
            List.of("组织名称", "姓名", "基本情况", "公示开始日期", "公示截止日期", "工作日天数", "上级党委", "发布日期"),
            Map.of()),

    /**
     * 支部党员大会决议 — admitting a candidate (FZ-15): main performance, 应到/实到, the secret ballot with the
     * written opinions counted, the resolution, the date and the 书记's signature.
     */
    ASSEMBLY_RESOLUTION("支部党员大会决议", "assembly-resolution",
            List.of("组织名称", "姓名", "会议日期", "会议地点", "主要表现", "应到人数", "实到人数", "表决方式",
                    "赞成票数", "反对票数", "弃权票数", "书面意见份数", "表决结果", "决议"),
            Map.of()),

    /**
     * 发展党员全程纪实表 — every step of a case in order with its date, people, result and vote, and any 情况说明
     * with the rules whose windows were exceeded; the 细则 applied, the approving 党委 and the probation dates.
     */
    FULL_RECORD("发展党员全程纪实表", "full-record",
            List.of("组织名称", "姓名", "性别", "民族", "出生日期", "学历", "工作单位及职务", "申请入党日期",
                    "当前阶段", "适用细则", "审批党委", "预备期开始日期", "预备期满日期", "情况说明汇总"),
            Map.of("全程纪实", List.of("序号", "日期", "环节", "人员", "结果", "表决情况", "情况说明"))),

    /**
     * 党费年初核定表 (DF-17) — each member's category, base, standard and monthly amount for the year, the year's
     * 应缴 and 实缴 from the register, 年薪制, 少交/免交 and the member's own confirmation; signed by the secretary.
     */
    DUES_ASSESSMENT_SHEET("党费年初核定表", "dues-assessment-sheet",
            List.of("组织名称", "年度", "人数", "月应缴合计", "全年应缴合计", "全年实缴合计", "制表日期"),
            Map.of("党员", List.of("序号", "姓名", "人员类别", "计算基数", "执行标准", "月应缴", "全年应缴", "全年实缴",
                    "年薪制", "少交免交", "本人确认", "备注"))),

    /** 党费收缴登记表 — one line per member for a month: 应交, 实交, the day, how, the months paid, and blank signatures. */
    DUES_REGISTER("党费收缴登记表", "dues-register",
            List.of("组织名称", "月份", "应交人数", "已交人数", "应交合计", "实交合计", "制表日期"),
            Map.of("党员", List.of("序号", "姓名", "交纳月份", "应交", "实交", "交纳日期", "交纳方式", "所交月份",
                    "党员签字", "收款人签名"))),

    /** 党费欠交名单 — members with months ended unpaid, the unbroken run (DF-13 at 6) and the amount owed. */
    DUES_ARREARS("党费欠交名单", "dues-arrears",
            List.of("组织名称", "截至日期", "人数", "欠交合计"),
            Map.of("党员", List.of("序号", "姓名", "所在党组织", "欠交月份", "连续欠交月数", "欠交金额", "提示"))),

    /** 党费收缴情况公布 (DF-18) — the year's collection month by month, published to the members once a year. */
    DUES_PUBLICATION("党费收缴情况公布", "dues-publication",
            List.of("组织名称", "年度", "应交合计", "实交合计", "欠交合计", "上缴情况", "说明", "发布日期"),
            Map.of("各月", List.of("月份", "应交人数", "应交金额", "实交金额", "未交清人数"))),

    /**
     * 党员组织关系介绍信 — the three parts 存根, 介绍信 and 回执 on one page (ZJ-02), with 党费已交到 and 有效期 in
     * characters (ZJ-03).
     */
    TRANSFER_LETTER("党员组织关系介绍信", "transfer-letter",
            List.of("编号", "姓名", "性别", "年龄", "民族", "党员类别", "身份证号", "转出党组织", "转往党组织", "抬头",
                    "党费已交到", "有效期", "开具日期", "党员联系电话", "通讯地址", "联系电话", "传真", "邮编", "回执抬头",
                    "回执情况", "补开说明"),
            Map.of()),

    /**
     * 整建制转移 — one 党员组织关系介绍信 for a whole unit's members with the name list (ZJ-06): the three parts name
     * the first member and the count, the list gives each member's particulars and 党费已交到.
     */
    TRANSFER_GROUP_LETTER("党员组织关系介绍信（整建制）", "transfer-group-letter",
            List.of("编号", "姓名", "人数", "党员构成", "转出党组织", "转往党组织", "抬头", "有效期", "开具日期", "回执抬头",
                    "回执情况", "补开说明"),
            Map.of("名单", List.of("序号", "姓名", "性别", "年龄", "民族", "党员类别", "身份证号", "党费已交到"))),

    /**
     * 党员组织关系介绍信回执 — the 回执 the receiving organization sends back for a letter from outside the platform
     * (ZJ-04), within one month of taking the member in.
     */
    TRANSFER_RECEIPT("党员组织关系介绍信回执", "transfer-receipt",
            List.of("编号", "回执抬头", "姓名", "接收日期", "经办人", "联系电话"),
            Map.of()),

    /**
     * 督办通知单 — one supervised task as it is assigned (DB-01): number, issuer, task, source, assignees with the lead,
     * content, what counts as done, deadline, and the platform data its report carries.
     */
    TASK_NOTICE("督办通知单", "task-notice",
            List.of("编号", "交办单位", "督办事项", "来源", "承办单位", "督办内容", "办结标准", "办理期限", "交办日期", "平台数据"),
            Map.of()),

    /**
     * 整改台账 — an inspection's problems with measures, deadlines, who is responsible, how each was fixed and closed,
     * and where the two reports stand (ZG-01, ZG-03).
     */
    RECTIFICATION_LEDGER("整改台账", "rectification-ledger",
            List.of("组织名称", "检查", "反馈日期", "报告期限", "汇总", "报告情况"),
            Map.of("整改事项", List.of("序号", "问题", "整改措施", "整改时限", "责任人", "责任领导", "完成情况", "销号情况"))),

    /**
     * 党建工作责任清单 — a list as issued (ZR-02): each duty with its level, post, basis, cycle and the records that
     * evidence it.
     */
    DUTY_LIST("党建工作责任清单", "duty-list",
            List.of("清单名称", "印发单位", "印发日期", "说明"),
            Map.of("职责清单", List.of("序号", "层级", "责任主体", "职责", "依据", "周期", "依据记录"))),

    /**
     * 整改情况报告 — drafted from an inspection's items (ZG-01): the counts and each problem with what was done, for the
     * organization to edit and send within the parameter's months.
     */
    RECTIFICATION_REPORT("整改情况报告", "rectification-report",
            List.of("组织名称", "检查", "反馈日期", "报告日期", "总体情况"),
            Map.of("整改事项", List.of("序号", "问题", "整改措施", "整改情况"))),

    /**
     * 书记抓党建述职报告 — a secretary's 述职 (JG-14, ZR-03): the narrative, the year's figures drafted from the records,
     * last year's problems with where each stands, and the 评议's result once recorded.
     */
    REVIEW_REPORT("书记抓党建述职报告", "review-report",
            List.of("组织名称", "书记", "年度", "组织评议", "述职报告", "提交情况", "评议结果", "点评意见"),
            Map.of("工作数据", List.of("类别", "项目", "数据"), "上年度问题", List.of("序号", "问题", "整改时限", "整改情况"))),

    /**
     * 党员证明信 — proves a member's membership for an absence of up to 6 months, the relationship staying where it is
     * (ZJ-01): joined when, 正式/预备, where to, why and how long, 党费已交到 in characters.
     */
    MEMBERSHIP_CERTIFICATE("党员证明信", "membership-certificate",
            List.of("抬头", "姓名", "性别", "民族", "入党时间", "党员类别", "组织关系所在", "前往", "事由", "期限",
                    "党费已交到", "开具日期"),
            Map.of());

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
