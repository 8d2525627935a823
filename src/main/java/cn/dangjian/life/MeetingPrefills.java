package cn.dangjian.life;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import cn.dangjian.life.internal.MeetingHabitStore;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills in the recording form from what the platform already knows, so the secretary types only what is new:
 * the draft's organization must be in the caller's scope (the draft was made for it), and only that organization's
 * own last meeting of the type is read.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPrefills {

    /** Times are offered on the quarter hour. */
    private static final int STEP_MINUTES = 15;

    private final Meetings meetings;
    private final MeetingHabitStore habits;
    private final Committees committees;
    private final Clock clock;

    MeetingPrefills(Meetings meetings, MeetingHabitStore habits, Committees committees, Clock clock) {
        this.meetings = meetings;
        this.habits = habits;
        this.committees = committees;
        this.clock = clock;
    }

    /** The draft of {@link Meetings#draft} with its prefilled values. */
    public MeetingPrefill prefill(AccessScope scope, long orgId, MeetingType type, Long partyGroupId) {
        MeetingDraft draft = meetings.draft(scope, orgId, type, partyGroupId);
        scope.require(Permission.LIFE_VIEW);
        LocalDateTime now = LocalDateTime.now(clock);
        MeetingHabitStore.LastMeeting last = habits.last(draft.orgId(), draft.type(), draft.partyGroupId()).orElse(null);
        Long host = last == null ? null : expected(draft, last.hostMemberId());
        if (host == null) {
            host = committees.current(scope, draft.orgId()).flatMap(c -> c.posts().stream()
                    .filter(p -> p.post() == CommitteePost.SECRETARY).map(CommitteeView.PostHolder::memberId)
                    .findFirst()).map(id -> expected(draft, id)).orElse(null);
        }
        return new MeetingPrefill(heldAt(now, last), last == null ? null : last.place(), host,
                last == null ? null : expected(draft, last.recorderMemberId()), draft);
    }

    /** Today at the usual hour if that hour has passed, otherwise now, on the quarter hour before. */
    static LocalDateTime heldAt(LocalDateTime now, MeetingHabitStore.LastMeeting last) {
        if (last != null) {
            LocalDateTime usual = now.toLocalDate().atTime(last.heldAt().toLocalTime()).truncatedTo(ChronoUnit.MINUTES);
            if (!usual.isAfter(now)) {
                return usual;
            }
        }
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        return minute.minusMinutes(minute.getMinute() % STEP_MINUTES);
    }

    /** The member if they are among those expected at this meeting, else nobody. */
    private static Long expected(MeetingDraft draft, Long memberId) {
        return memberId == null ? null : draft.attendees().stream().map(ExpectedAttendee::memberId)
                .filter(id -> Objects.equals(id, memberId)).findFirst().orElse(null);
    }
}
