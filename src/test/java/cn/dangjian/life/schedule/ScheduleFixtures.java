package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.dangjian.life.MeetingType;
import cn.dangjian.org.OrgType;

/** Builders for the schedule tests: a branch's facts and a lookup of one item by type, group and period label. */
final class ScheduleFixtures {

    static final long ORG_ID = 42L;
    static final PartyGroupFacts GROUP_1 = new PartyGroupFacts(11L, "第一党小组", null);
    static final PartyGroupFacts GROUP_2 = new PartyGroupFacts(12L, "第二党小组", null);

    private ScheduleFixtures() {
    }

    /** A branch of long standing with a committee and no party groups. */
    static Facts branch() {
        return new Facts();
    }

    static ScheduleItem item(Schedule schedule, MeetingType type, Long groupId, String periodLabel) {
        return schedule.items().stream()
                .filter(i -> i.type() == type && Objects.equals(i.partyGroupId(), groupId)
                        && i.period().label().equals(periodLabel))
                .reduce((a, b) -> {
                    throw new AssertionError("two items for " + type + " " + groupId + " " + periodLabel);
                })
                .orElseThrow(() -> new AssertionError("no item for " + type + " " + groupId + " " + periodLabel));
    }

    static ScheduleItem item(Schedule schedule, MeetingType type, String periodLabel) {
        return item(schedule, type, null, periodLabel);
    }

    /** A mutable builder of {@link OrgScheduleFacts}, to keep each test's table short. */
    static final class Facts {
        private OrgType type = OrgType.BRANCH;
        private LocalDate establishedOn;
        private LocalDate dissolvedOn;
        private boolean committee = true;
        private final List<PartyGroupFacts> groups = new ArrayList<>();
        private final List<HeldMeeting> meetings = new ArrayList<>();

        Facts type(OrgType value) {
            type = value;
            return this;
        }

        Facts established(LocalDate value) {
            establishedOn = value;
            return this;
        }

        Facts dissolved(LocalDate value) {
            dissolvedOn = value;
            return this;
        }

        Facts withoutCommittee() {
            committee = false;
            return this;
        }

        Facts group(PartyGroupFacts group) {
            groups.add(group);
            return this;
        }

        Facts held(MeetingType meeting, LocalDate... dates) {
            for (LocalDate date : dates) {
                if (date != null) {
                    meetings.add(HeldMeeting.of(meeting, date));
                }
            }
            return this;
        }

        Facts groupMeeting(Long groupId, LocalDate date) {
            meetings.add(new HeldMeeting(MeetingType.GROUP_MEETING, date, groupId));
            return this;
        }

        OrgScheduleFacts build() {
            return new OrgScheduleFacts(ORG_ID, type, establishedOn, dissolvedOn, committee, groups, meetings);
        }

        Schedule evaluate(int year, LocalDate today) {
            return evaluate(ScheduleParameters.defaults(), year, today);
        }

        Schedule evaluate(ScheduleParameters parameters, int year, LocalDate today) {
            return ScheduleEvaluator.evaluate(build(), parameters, year, today);
        }
    }
}
