package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.AttendanceSheetDocument;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.MeetingLedgerDocument;
import cn.dangjian.documents.MeetingRecordDocument;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Service;

/**
 * The meeting record (会议记录), attendance sheet (签到表) and ledger (台账) as DOCX or PDF, generated from the
 * recorded meetings — never typed again. Word documents come in the format in force for the meeting's
 * organization (its own upload, a superior's, or the built-in one); PDFs always in the built-in layout.
 */
@Service
public class MeetingDocuments {

    private final Meetings meetings;
    private final CriticismNotes criticismNotes;
    private final Documents documents;
    private final OrgUnits orgs;

    MeetingDocuments(Meetings meetings, CriticismNotes criticismNotes, Documents documents, OrgUnits orgs) {
        this.meetings = meetings;
        this.criticismNotes = criticismNotes;
        this.documents = documents;
        this.orgs = orgs;
    }

    public byte[] recordDocx(AccessScope scope, long meetingId) {
        MeetingView meeting = officialRecord(scope, meetingId);
        return documents.docxFor(DocumentTemplate.MEETING_RECORD, orgPath(meeting.orgId()),
                record(scope, meeting).toModel());
    }

    /**
     * The meeting, for its documents: these carry everyone's attendance and leave reasons, so they are for those
     * who see the organization's records, not for an attendee with a 仅本人 account.
     */
    private MeetingView officialRecord(AccessScope scope, long meetingId) {
        MeetingView meeting = meetings.get(scope, meetingId);
        orgs.refInScope(scope, meeting.orgId());
        return meeting;
    }

    /** Where the organization sits in the tree now, for finding the Word format in force there. */
    private String orgPath(long orgId) {
        return orgs.ref(orgId).orElseThrow(() -> new cn.dangjian.shared.NotFoundException("未找到该党组织")).path();
    }

    public byte[] recordPdf(AccessScope scope, long meetingId) {
        return documents.pdf(DocumentTemplate.MEETING_RECORD, record(scope, officialRecord(scope, meetingId)).toModel());
    }

    /** The meeting as recorded, with a 组织生活会's 批评与自我批评. */
    private MeetingRecordDocument record(AccessScope scope, MeetingView meeting) {
        return document(meeting, criticismNotes.ofMeeting(scope, meeting.id()));
    }

    /**
     * The 三会一课台账 of a branch for a year, or one quarter of it ({@code quarter} 1–4), from its recorded
     * meetings: one line per meeting, oldest first, and the count per type.
     */
    public byte[] ledger(AccessScope scope, long orgId, int year, Integer quarter, boolean pdf) {
        orgs.refInScope(scope, orgId);
        MeetingLedgerDocument document = ledgerDocument(scope, orgId, year, quarter);
        return pdf ? documents.pdf(DocumentTemplate.MEETING_LEDGER, document.toModel())
                : documents.docxFor(DocumentTemplate.MEETING_LEDGER, orgs.refInScope(scope, orgId).path(),
                        document.toModel());
    }

    MeetingLedgerDocument ledgerDocument(AccessScope scope, long orgId, int year, Integer quarter) {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new cn.dangjian.shared.InvalidInputException("quarter", "季度", "应为1至4");
        }
        LocalDate from = quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate to = quarter == null ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
        List<MeetingRow> rows = new java.util.ArrayList<>();
        int page = 1;
        while (true) {
            var result = meetings.list(scope, new MeetingQuery(orgId, null, from, to, false),
                    new cn.dangjian.shared.PageRequest(page, cn.dangjian.shared.PageRequest.MAX_SIZE));
            rows.addAll(result.items());
            if (!result.hasNext()) {
                break;
            }
            page++;
        }
        rows.sort(java.util.Comparator.comparing(MeetingRow::heldAt));
        String orgName = rows.isEmpty() ? meetings.draftOrgName(scope, orgId) : rows.get(0).orgName();
        java.util.Map<MeetingType, Long> counts = new java.util.EnumMap<>(MeetingType.class);
        rows.forEach(r -> counts.merge(r.type(), 1L, Long::sum));
        String summary = counts.isEmpty() ? "本期无会议记录" : String.join("，", counts.entrySet().stream()
                .map(e -> e.getKey().label() + e.getValue() + "次").toList());
        List<MeetingLedgerDocument.Line> lines = rows.stream().map(r -> new MeetingLedgerDocument.Line(
                r.heldAt().toLocalDate(), r.typeLabel(), r.topic(), r.expected(), r.present(), r.hostName(),
                r.lateEntry() ? "补录" : (r.quorumMet() ? null : "未达法定人数"))).toList();
        String period = year + "年" + (quarter == null ? "" : "第" + "一二三四".charAt(quarter - 1) + "季度");
        return new MeetingLedgerDocument(orgName, period, lines, summary);
    }

    /** The attendance sheet (签到表) of the meeting, as recorded by the secretary. */
    public byte[] attendanceDocx(AccessScope scope, long meetingId) {
        MeetingView meeting = officialRecord(scope, meetingId);
        return documents.docxFor(DocumentTemplate.ATTENDANCE_SHEET, orgPath(meeting.orgId()),
                attendance(meeting).toModel());
    }

    public byte[] attendancePdf(AccessScope scope, long meetingId) {
        return documents.pdf(DocumentTemplate.ATTENDANCE_SHEET, attendance(officialRecord(scope, meetingId)).toModel());
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

    static MeetingRecordDocument document(MeetingView m, List<CriticismNote> notes) {
        List<String> present = m.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(MeetingView.AttendeeView::name).toList();
        List<MeetingRecordDocument.Leave> away = m.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.EXCUSED)
                .map(a -> new MeetingRecordDocument.Leave(a.name(), a.reason()))
                .toList();
        List<String> absent = m.attendance().stream().filter(a -> a.status() == AttendanceStatus.ABSENT)
                .map(MeetingView.AttendeeView::name).toList();
        List<MeetingRecordDocument.AgendaItem> agenda = m.agenda().stream()
                .map(i -> new MeetingRecordDocument.AgendaItem(i.title(), i.minutes(), i.decision(),
                        i.voted() ? new MeetingRecordDocument.Vote(i.inFavour(), i.against(), i.abstaining(),
                                i.outcome().passed()) : null))
                .toList();
        String type = m.typeLabel() + (m.partyGroupName() == null ? "" : "（" + m.partyGroupName() + "）");
        String topic = m.lecturer() == null ? m.topic() : m.topic() + "（主讲人：" + m.lecturer() + "）";
        return new MeetingRecordDocument(m.orgName(), type, topic, m.heldAt(), null, m.place(), m.hostName(),
                m.recorderName(), new MeetingRecordDocument.Attendance(m.expected(), m.present(), m.excused(),
                m.absent(), m.votingExpected()), present, away, agenda, m.lateEntry() ? m.recordedOn() : null,
                notes.stream().map(n -> new MeetingRecordDocument.Criticism(n.name(), n.selfCriticism(),
                        n.criticismReceived())).toList(), absent);
    }
}
