package cn.dangjian.life;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.internal.RectificationStore;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.dangjian.shared.Texts.blankToNull;

/** Rectification items of a 组织生活会 (ZB-14), tracked to completion as the branch's to-dos. */
@Service
@Transactional(readOnly = true)
public class Rectifications {

    static final String NOT_FOUND = "未找到该整改事项，或不在您的管理范围内";

    private final RectificationStore store;
    private final Meetings meetings;
    private final Members members;
    private final OrgUnits orgs;
    private final Clock clock;

    Rectifications(RectificationStore store, Meetings meetings, Members members, OrgUnits orgs, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.members = members;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** Adds a rectification item to a recorded 组织生活会 of the caller's scope. */
    @Transactional
    public long add(AccessScope scope, long meetingId, String problem, String measure, Long ownerId, LocalDate dueOn) {
        scope.require(Permission.LIFE_RECORD);
        MeetingView meeting = meetings.get(scope, meetingId);
        if (meeting.type() != MeetingType.ORG_LIFE_MEETING) {
            throw new InvalidInputException("meetingId", "会议", "整改事项应登记在组织生活会上");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String found = TextKind.LONG_TEXT.required("problem", "查摆的问题", problem, problems);
        String remedy = TextKind.LONG_TEXT.required("measure", "整改措施", measure, problems);
        if (dueOn == null) {
            problems.add(new FieldProblem("dueOn", "整改时限", "不能为空"));
        } else if (dueOn.isBefore(meeting.heldAt().toLocalDate())) {
            problems.add(new FieldProblem("dueOn", "整改时限", "不能早于组织生活会召开日期"));
        } else {
            DateKind.PARTY_EVENT.check("dueOn", "整改时限", dueOn, problems);
        }
        String ownerName = null;
        if (ownerId != null) {
            ownerName = members.roster(scope, meeting.orgId()).stream().filter(r -> r.id() == ownerId)
                    .map(RosterEntry::name).findFirst().orElse(null);
            if (ownerName == null) {
                problems.add(new FieldProblem("ownerId", "责任人", "应为本支部党员"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnitRef org = orgs.refInScope(scope, meeting.orgId());
        return store.insert(meetingId, org.id(), org.path(), found, remedy, ownerId,
                ownerName, dueOn, scope.username());
    }

    /** Marks an item done, with the date and what was done. */
    @Transactional
    public void complete(AccessScope scope, long id, LocalDate doneOn, String note, int version) {
        scope.require(Permission.LIFE_RECORD);
        Rectification item = require(scope, id);
        if (doneOn == null || doneOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("doneOn", "完成日期", doneOn == null ? "不能为空" : "不能晚于今天");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!DateKind.PARTY_EVENT.check("doneOn", "完成日期", doneOn, problems)) {
            throw new InvalidInputException(problems);
        }
        if (blankToNull(note) == null) {
            throw new InvalidInputException("doneNote", "整改情况", "请说明整改完成情况");
        }
        String done = TextKind.LONG_TEXT.required("doneNote", "整改情况", note);
        if (!item.open()) {
            throw new ConflictException("该整改事项已于" + item.doneOn() + "完成");
        }
        if (!store.complete(id, doneOn, done, version)) {
            throw new ConflictException("该整改事项已被他人修改，请刷新后重试");
        }
    }

    public List<Rectification> ofOrg(AccessScope scope, long orgId, boolean openOnly) {
        scope.require(Permission.LIFE_VIEW);
        orgs.refInScope(scope, orgId);
        return store.ofOrg(orgId, openOnly);
    }

    /**
     * The items decided at a meeting the caller may see; a 仅本人 caller (an attendee) sees the items they own
     * (docs/decisions/0004-record-level-visibility.md).
     */
    public List<Rectification> ofMeeting(AccessScope scope, long meetingId) {
        MeetingView meeting = meetings.get(scope, meetingId);
        return store.ofOrg(meeting.orgId(), false).stream().filter(r -> r.meetingId() == meetingId)
                .filter(r -> !scope.ownRecordsOnly() || java.util.Objects.equals(r.ownerId(), scope.memberId()))
                .toList();
    }

    private Rectification require(AccessScope scope, long id) {
        Rectification item = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrg(item.orgId(), store.orgPath(id))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return item;
    }
}
