package cn.dangjian.recruitment.web;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.LeaveReasons;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.recruitment.CaseRow;
import cn.dangjian.recruitment.RecordAssembly;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import org.springframework.util.MultiValueMap;

/**
 * Reads the 支部党员大会 form: the meeting, one 出席/请假/缺席 choice and reason per expected attendee
 * ({@code status_<memberId>}, {@code reason_<memberId>}, as on the meeting form) and, for each candidate ticked
 * ({@code include_<caseId>}), the main performance, the secret ballot and the written opinions of absent voters,
 * and for 转正 the decision put to the vote. A ballot whose 赞成 count is left empty is every voter present who did
 * not vote against or abstain.
 */
final class AssemblyForm {

    private AssemblyForm() {
    }

    static RecordAssembly read(long orgId, StepKind kind, MeetingDraft draft, List<CaseRow> candidates,
                               MultiValueMap<String, String> params) {
        FormInput in = new FormInput(params);
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        draft.attendees().forEach(a -> attendance.add(new RecordMeeting.Attendance(a.memberId(),
                in.choice(AttendanceStatus.class, "status_" + a.memberId(), "出席情况（" + a.name() + "）"),
                LeaveReasons.of(in.text("reason_" + a.memberId()), in.text("reasonChoice_" + a.memberId())))));
        java.util.Map<Long, AttendanceStatus> statuses = new java.util.HashMap<>();
        attendance.forEach(a -> statuses.put(a.memberId(), a.status()));
        int votingPresent = draft.votingPresent(statuses::get);
        List<RecordAssembly.Ballot> ballots = new ArrayList<>();
        for (CaseRow c : candidates) {
            long id = c.id();
            if (!in.checked("include_" + id)) {
                continue;
            }
            String who = "（" + c.name() + "）";
            int against = in.count("against_" + id, "反对票" + who, false);
            int abstaining = in.count("abstain_" + id, "弃权票" + who, false);
            int inFavour = in.text("for_" + id) == null
                    ? MeetingDraft.inFavourByDefault(votingPresent, against, abstaining)
                    : in.count("for_" + id, "赞成票" + who, true);
            ballots.add(new RecordAssembly.Ballot(id, in.text("performance_" + id), inFavour, against, abstaining,
                    in.count("writtenFor_" + id, "书面意见赞成" + who, false),
                    in.count("writtenAgainst_" + id, "书面意见反对" + who, false),
                    in.count("writtenAbstain_" + id, "书面意见弃权" + who, false),
                    kind == StepKind.CONFIRMATION_ASSEMBLY ? in.choice(StepResult.class, "decision_" + id, "决议" + who) : null,
                    kind == StepKind.CONFIRMATION_ASSEMBLY ? in.integer("months_" + id, "延长月数" + who) : null,
                    in.text("justification_" + id)));
        }
        RecordAssembly cmd = new RecordAssembly(orgId, kind, in.dateTime("heldAt", "会议时间"), in.text("place"),
                in.id("hostMemberId", "主持人"), in.id("recorderMemberId", "记录人"), attendance, ballots);
        in.check();
        return cmd;
    }
}
