package cn.dangjian.documents;

import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.documents.MeetingRecordDocument.AgendaItem;
import cn.dangjian.documents.MeetingRecordDocument.Attendance;
import cn.dangjian.documents.MeetingRecordDocument.Leave;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minutes list those on leave (请假, with the reason) and those absent (缺席) under separate headings, in Word and
 * in PDF: an absent member is never shown among those excused.
 */
class MeetingRecordAbsenteesTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    private final MeetingRecordDocument record = new MeetingRecordDocument("中共某某局机关第一支部委员会",
            "支部党员大会", "学习党章", LocalDateTime.of(2026, 11, 5, 15, 0), null, "三楼会议室", "张建国", "李秀英",
            new Attendance(4, 2, 1, 1, 4), List.of("张建国", "李秀英"), List.of(new Leave("周明辉", "因公出差")),
            List.of(new AgendaItem("学习党章", null, null, null)), null, List.of(), List.of("李一月"));

    @Test
    void theWordMinutesListTheAbsentApartFromThoseOnLeave() throws Exception {
        String text = WordFiles.text(documents.docx(DocumentTemplate.MEETING_RECORD, record.toModel()))
                .replaceAll("\\s+", "");
        assertThat(text).contains("请假人员及事由周明辉（因公出差）", "缺席人员李一月").doesNotContain("李一月（");
    }

    @Test
    void thePdfMinutesListTheAbsentApartFromThoseOnLeave() {
        String text = PdfFiles.text(documents.pdf(DocumentTemplate.MEETING_RECORD, record.toModel()))
                .replaceAll("\\s+", "");
        assertThat(text).contains("请假人员及事由周明辉（因公出差）", "缺席人员李一月").doesNotContain("李一月（");
    }

    @Test
    void withNobodyAbsentTheMinutesSayNone() {
        MeetingRecordDocument full = SampleDocuments.meetingRecord(null);
        assertThat(full.toModel()).containsEntry("缺席人员", "无").containsEntry("请假人员", "周明辉（因公出差）");
    }
}
