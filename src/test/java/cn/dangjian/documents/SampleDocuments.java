package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.documents.AttendanceSheetDocument.Entry;
import cn.dangjian.documents.AttendanceSheetDocument.Presence;
import cn.dangjian.documents.MeetingRecordDocument.AgendaItem;
import cn.dangjian.documents.MeetingRecordDocument.Attendance;
import cn.dangjian.documents.MeetingRecordDocument.Criticism;
import cn.dangjian.documents.MeetingRecordDocument.Leave;
import cn.dangjian.documents.MeetingRecordDocument.Vote;
import cn.dangjian.documents.internal.DocxRenderer;
import cn.dangjian.documents.internal.DocxTemplateCheck;
import cn.dangjian.documents.internal.PdfRenderer;

/** Realistic documents for the tests: a 支委会 with two votes, and variants. */
final class SampleDocuments {

    static final List<String> ATTENDEES = List.of("张建国", "李秀英", "王志强", "刘海燕", "陈晓东", "杨丽华", "赵文博");

    private SampleDocuments() {
    }

    /** The facade without a database: renders built-in and given templates (no stored ones, no {@code docxFor}). */
    static Documents renderingOnly() {
        return new Documents(new DocxRenderer(), new DocxTemplateCheck(), new PdfRenderer(), null);
    }

    static MeetingRecordDocument meetingRecord(LocalDate backfilledOn) {
        return meetingRecord(List.of(
                new AgendaItem("讨论接收王小明同志为预备党员",
                        "支部书记介绍王小明同志的培养考察情况。\n与会委员逐一发表意见，认为该同志入党动机端正，条件成熟。",
                        "同意接收王小明同志为中共预备党员，报上级党委审批。", new Vote(7, 0, 0, true)),
                new AgendaItem("研究第一季度主题党日活动安排",
                        "组织委员汇报活动方案，委员们提出补充意见。", "按修改后的方案组织开展。", new Vote(6, 0, 1, true)),
                new AgendaItem("通报上季度党费收缴情况", "纪检委员通报情况。", "无需表决，知悉。", null)),
                backfilledOn);
    }

    static MeetingRecordDocument meetingRecord(List<AgendaItem> agenda, LocalDate backfilledOn) {
        return new MeetingRecordDocument("中共某某局机关第一支部委员会", "支部委员会会议", "研究发展党员和季度工作安排",
                LocalDateTime.of(2024, 3, 5, 14, 30), LocalDateTime.of(2024, 3, 5, 16, 0),
                "机关办公楼三楼会议室", "张建国", "李秀英",
                new Attendance(8, 7, 1, 0, 8), ATTENDEES, List.of(new Leave("周明辉", "因公出差")),
                agenda, backfilledOn);
    }

    /** A 组织生活会 with each member's 批评与自我批评. */
    static MeetingRecordDocument orgLifeMeetingRecord() {
        return new MeetingRecordDocument("中共某某局机关第一支部委员会", "组织生活会", "2024年度组织生活会",
                LocalDateTime.of(2024, 12, 20, 14, 30), null, "机关办公楼三楼会议室", "张建国", "李秀英",
                new Attendance(8, 7, 1, 0, 8), ATTENDEES, List.of(new Leave("周明辉", "因公出差")),
                List.of(new AgendaItem("开展批评与自我批评", "党员逐一发言，相互提出批评意见。", null, null)), null,
                List.of(new Criticism("张建国", "理论学习不够系统，\n调查研究不够深入。", "建议多到基层一线调研。"),
                        new Criticism("李秀英", "带头作用发挥不够。", null)));
    }

    /** A meeting with so many agenda items that it cannot fit on one page. */
    static MeetingRecordDocument longMeetingRecord() {
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            agenda.add(new AgendaItem("第" + i + "项议题：研究落实党风廉政建设责任制工作",
                    "与会同志围绕议题逐一发表意见，结合本部门实际提出了具体措施和工作建议，会议进行了充分讨论。",
                    "按照讨论意见抓好落实，责任到人。", new Vote(7, 0, 0, true)));
        }
        return meetingRecord(agenda, null);
    }

    static AttendanceSheetDocument attendanceSheet() {
        List<Entry> entries = new ArrayList<>();
        ATTENDEES.forEach(name -> entries.add(new Entry(name, Presence.PRESENT, "")));
        entries.add(new Entry("周明辉", Presence.ON_LEAVE, "因公出差"));
        entries.add(new Entry("吴桂芳", Presence.ABSENT, "未说明原因"));
        return new AttendanceSheetDocument("中共某某局机关第一支部委员会", "支部党员大会", "学习贯彻党的二十大精神",
                LocalDateTime.of(2024, 3, 28, 9, 0), null, "机关办公楼三楼会议室", entries, null);
    }
}
