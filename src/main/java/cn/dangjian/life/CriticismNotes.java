package cn.dangjian.life;

import static cn.dangjian.shared.Texts.blankToNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.dangjian.life.internal.CriticismNoteStore;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批评与自我批评 of a 组织生活会 (ZB-14), per member present: recorded after the meeting by who records the branch's
 * organizational life, seen by who may see the meeting, and printed in its 会议记录.
 */
@Service
@Transactional(readOnly = true)
public class CriticismNotes {

    private final CriticismNoteStore store;
    private final Meetings meetings;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;

    CriticismNotes(CriticismNoteStore store, Meetings meetings, OrgUnits orgs, ApplicationEventPublisher events) {
        this.store = store;
        this.meetings = meetings;
        this.orgs = orgs;
        this.events = events;
    }

    /**
     * The notes of a meeting the caller may see, by name; none for meetings other than a 组织生活会. A 仅本人
     * caller sees only their own note (docs/decisions/0004-record-level-visibility.md).
     */
    public List<CriticismNote> ofMeeting(AccessScope scope, long meetingId) {
        MeetingView meeting = meetings.get(scope, meetingId);
        if (meeting.type() != MeetingType.ORG_LIFE_MEETING) {
            return List.of();
        }
        return store.ofMeeting(meetingId).stream()
                .filter(n -> !scope.ownRecordsOnly() || Objects.equals(n.memberId(), scope.memberId())).toList();
    }

    /**
     * Records the notes of the given members of a 组织生活会 of the caller's scope; members not listed keep what
     * was recorded, and an entry with both texts blank removes the member's note. Only members present at the
     * meeting have notes. Nothing is stored when one entry is refused.
     *
     * @throws InvalidInputException for another type of meeting, a member not present, or a text too long
     * @throws ConflictException     when a note was changed by someone else since it was read
     */
    @Transactional
    public void record(AccessScope scope, long meetingId, List<RecordCriticismNote> notes) {
        scope.require(Permission.LIFE_RECORD);
        MeetingView meeting = meetings.get(scope, meetingId);
        OrgUnitRef org = orgs.refInScope(scope, meeting.orgId());
        if (meeting.type() != MeetingType.ORG_LIFE_MEETING) {
            throw new InvalidInputException("meetingId", "会议", "批评与自我批评应记录在组织生活会上，本次会议是"
                    + meeting.typeLabel());
        }
        Map<Long, MeetingView.AttendeeView> attendees = new HashMap<>();
        meeting.attendance().forEach(a -> attendees.put(a.memberId(), a));
        Map<Long, CriticismNote> recorded = new HashMap<>();
        store.ofMeeting(meetingId).forEach(n -> recorded.put(n.memberId(), n));

        List<FieldProblem> problems = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (RecordCriticismNote note : notes == null ? List.<RecordCriticismNote>of() : notes) {
            MeetingView.AttendeeView who = attendees.get(note.memberId());
            if (who == null) {
                problems.add(new FieldProblem("memberId", "党员", "编号" + note.memberId() + "的人员不在本次会议的人员名单中"));
                continue;
            }
            if (who.status() != AttendanceStatus.PRESENT) {
                problems.add(new FieldProblem("memberId", "党员", who.name() + "未出席本次组织生活会（"
                        + who.status().label() + "），不能记录其批评与自我批评"));
                continue;
            }
            if (!seen.add(note.memberId())) {
                problems.add(new FieldProblem("memberId", "党员", who.name() + "重复填写"));
                continue;
            }
            TextKind.LONG_TEXT.optional("selfCriticism", who.name() + " 自我批评", note.selfCriticism(), problems);
            TextKind.LONG_TEXT.optional("criticismReceived", who.name() + " 相互批评意见", note.criticismReceived(), problems);
            CriticismNote before = recorded.get(note.memberId());
            boolean changed = before == null
                    ? blankToNull(note.selfCriticism()) != null || blankToNull(note.criticismReceived()) != null
                    : !Objects.equals(blankToNull(note.selfCriticism()), before.selfCriticism())
                            || !Objects.equals(blankToNull(note.criticismReceived()), before.criticismReceived());
            Integer current = before == null ? null : before.version();
            if (changed && !Objects.equals(note.version(), current)) {
                conflicts.add(who.name());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException(String.join("、", conflicts) + "的批评与自我批评已被他人修改，请核对后重新保存");
        }

        List<FieldChange> changes = new ArrayList<>();
        for (RecordCriticismNote note : notes == null ? List.<RecordCriticismNote>of() : notes) {
            String name = attendees.get(note.memberId()).name();
            String self = blankToNull(note.selfCriticism());
            String received = blankToNull(note.criticismReceived());
            CriticismNote before = recorded.get(note.memberId());
            boolean saved;
            if (before == null) {
                if (self == null && received == null) {
                    continue;
                }
                store.insert(meetingId, note.memberId(), name, self, received, scope.username());
                saved = true;
            } else if (Objects.equals(self, before.selfCriticism())
                    && Objects.equals(received, before.criticismReceived())) {
                continue;
            } else if (self == null && received == null) {
                saved = store.delete(meetingId, note.memberId(), before.version());
            } else {
                saved = store.update(meetingId, note.memberId(), self, received, scope.username(), before.version());
            }
            if (!saved) {
                throw new ConflictException(name + "的批评与自我批评已被他人修改，请核对后重新保存");
            }
            String oldSelf = before == null ? null : before.selfCriticism();
            String oldReceived = before == null ? null : before.criticismReceived();
            if (!Objects.equals(self, oldSelf)) {
                changes.add(new FieldChange(name + " 自我批评", oldSelf, self));
            }
            if (!Objects.equals(received, oldReceived)) {
                changes.add(new FieldChange(name + " 相互批评意见", oldReceived, received));
            }
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new CriticismNotesRecorded(scope.username(), meetingId, org.id(), changes));
        }
    }
}
