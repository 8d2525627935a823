package cn.dangjian.life;

import java.util.List;

import cn.dangjian.documents.AttendanceSheetDocument;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.MeetingRecordDocument;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Service;

/** The meeting record (会议记录) as DOCX or PDF, generated from the recorded meeting — never typed again. */
@Service
public class MeetingDocuments {

    private final Meetings meetings;
    private final Documents documents;

    MeetingDocuments(Meetings meetings, Documents documents) {
        this.meetings = meetings;
        this.documents = documents;
    }

    public byte[] recordDocx(AccessScope scope, long meetingId) {
        return documents.docx(DocumentTemplate.MEETING_RECORD, document(meetings.get(scope, meetingId)).toModel());
    }

    public byte[] recordPdf(AccessScope scope, long meetingId) {
        return documents.pdf(DocumentTemplate.MEETING_RECORD, document(meetings.get(scope, meetingId)).toModel());
    }

    /** The attendance sheet (签到表) of the meeting, as recorded by the secretary. */
    public byte[] attendanceDocx(AccessScope scope, long meetingId) {
        return documents.docx(DocumentTemplate.ATTENDANCE_SHEET, attendance(meetings.get(scope, meetingId)).toModel());
    }

    public byte[] attendancePdf(AccessScope scope, long meetingId) {
        return documents.pdf(DocumentTemplate.ATTENDANCE_SHEET, attendance(meetings.get(scope, meetingId)).toModel());
    }

    /** A file name like 2026-09-30 支部党员大会记录.pdf or …签到表.docx. */
    public String fileName(AccessScope scope, long meetingId, String document, String extension) {
        MeetingView m = meetings.get(scope, meetingId);
        return m.heldAt().toLocalDate() + " " + m.typeLabel() + document + "." + extension;
    }

    static AttendanceSheetDocument attendance(MeetingView m) {
        List<AttendanceSheetDocument.Entry> entries = m.attendance().stream()
                .map(a -> new AttendanceSheetDocument.Entry(a.name(), switch (a.status()) {
                    case PRESENT -> AttendanceSheetDocument.Presence.PRESENT;
                    case EXCUSED -> AttendanceSheetDocument.Presence.ON_LEAVE;
                    case ABSENT -> AttendanceSheetDocument.Presence.ABSENT;
                }, a.reason()))
                .toList();
        return new AttendanceSheetDocument(m.orgName(), m.typeLabel(), m.topic(), m.heldAt(), null, m.place(), entries,
                m.lateEntry() ? m.recordedOn() : null);
    }

    static MeetingRecordDocument document(MeetingView m) {
        List<String> present = m.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(MeetingView.AttendeeView::name).toList();
        List<MeetingRecordDocument.Leave> away = m.attendance().stream()
                .filter(a -> a.status() != AttendanceStatus.PRESENT)
                .map(a -> new MeetingRecordDocument.Leave(a.name(),
                        a.status() == AttendanceStatus.EXCUSED ? a.reason() : "缺席"))
                .toList();
        List<MeetingRecordDocument.AgendaItem> agenda = m.agenda().stream()
                .map(i -> new MeetingRecordDocument.AgendaItem(i.title(), i.minutes(), i.decision(),
                        i.voted() ? new MeetingRecordDocument.Vote(i.inFavour(), i.against(), i.abstaining(),
                                i.outcome().passed()) : null))
                .toList();
        String type = m.typeLabel() + (m.partyGroupName() == null ? "" : "（" + m.partyGroupName() + "）");
        String topic = m.lecturer() == null ? m.topic() : m.topic() + "（主讲人：" + m.lecturer() + "）";
        return new MeetingRecordDocument(m.orgName(), type, topic, m.heldAt(), null, m.place(), m.hostName(),
                m.recorderName(), new MeetingRecordDocument.Attendance(m.expected(), m.present(), m.excused(),
                m.absent(), m.votingExpected()), present, away, agenda, m.lateEntry() ? m.recordedOn() : null);
    }
}
