package cn.dangjian.life.web;

import java.util.List;

import cn.dangjian.life.CriticismNote;
import cn.dangjian.life.CriticismNotes;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingQuery;
import cn.dangjian.life.MeetingRow;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.MeetingPlans;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordCriticismNote;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meetings}: organizational life over JSON, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "组织生活")
class MeetingApiController {

    private final Meetings meetings;
    private final MeetingPlans plans;
    private final CriticismNotes criticismNotes;

    MeetingApiController(Meetings meetings, MeetingPlans plans, CriticismNotes criticismNotes) {
        this.meetings = meetings;
        this.plans = plans;
        this.criticismNotes = criticismNotes;
    }

    @GetMapping
    @Operation(summary = "查询会议记录（按组织及下级、类型、日期、是否补录）")
    PageResult<MeetingRow> list(AccessScope scope, @ParameterObject MeetingQuery query,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return meetings.list(scope, query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看会议记录（含出席、议程、表决结果）")
    MeetingView get(AccessScope scope, @PathVariable long id) {
        return meetings.get(scope, id);
    }

    @GetMapping("/draft")
    @Operation(summary = "应到人员和表决权（按支部名册、党小组或支委会自动生成）")
    MeetingDraft draft(AccessScope scope, @RequestParam long orgId, @RequestParam MeetingType type,
                       @RequestParam(required = false) Long partyGroupId) {
        return meetings.draft(scope, orgId, type, partyGroupId);
    }

    @PostMapping
    @Operation(summary = "记录一次会议（人数、表决权、法定人数和是否补录由系统计算）")
    ResponseEntity<MeetingView> record(AccessScope scope, @RequestBody RecordMeeting meeting) {
        long id = meetings.record(scope, meeting);
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.get(scope, id));
    }

    @GetMapping("/{id}/criticism-notes")
    @Operation(summary = "组织生活会上出席党员的批评与自我批评（自我批评、相互批评意见）")
    List<CriticismNote> criticismNotes(AccessScope scope, @PathVariable long id) {
        return criticismNotes.ofMeeting(scope, id);
    }

    @PutMapping("/{id}/criticism-notes")
    @Operation(summary = "记录组织生活会的批评与自我批评：逐人保存所列党员（须出席本次会议），未列出的保持不变，"
            + "两项均为空则删除该党员的记录；修改已有记录须带回读取时的 version")
    List<CriticismNote> recordCriticismNotes(AccessScope scope, @PathVariable long id,
                                             @RequestBody List<RecordCriticismNote> notes) {
        criticismNotes.record(scope, id, notes);
        return criticismNotes.ofMeeting(scope, id);
    }

    @GetMapping("/plan")
    @Operation(summary = "年度计划：各类会议按期应开、已开、逾期情况")
    Schedule plan(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return plans.plan(scope, orgId, year);
    }
}
