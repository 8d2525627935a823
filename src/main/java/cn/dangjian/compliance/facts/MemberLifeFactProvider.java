package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.life.AttendanceRun;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.QuarterAttendance;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.RollMember;
import cn.dangjian.org.OrgUnitRef;
import org.springframework.stereotype.Component;

/**
 * The batch's rolls with each member's absences and leading cadres' quarterly attendance: three statements per
 * batch (the rolls, the absence runs, the cadres' quarters), whatever its size.
 */
@Component
class MemberLifeFactProvider implements FactProvider<MemberLifeFacts> {

    /** Leading cadres' quarters are read from the first day of the quarter this many quarters back. */
    static final int QUARTERS_BACK = 4;

    private final MemberQueries members;
    private final MeetingStatistics meetings;

    MemberLifeFactProvider(MemberQueries members, MeetingStatistics meetings) {
        this.members = members;
        this.meetings = meetings;
    }

    @Override
    public Class<MemberLifeFacts> type() {
        return MemberLifeFacts.class;
    }

    @Override
    public Map<Long, MemberLifeFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        List<Long> ids = batch.stream().filter(o -> o.type().holdsMembers()).map(OrgUnitRef::id).toList();
        Map<Long, MemberLifeFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Map<Long, List<RollMember>> rolls = members.rolls(ids);
        List<Long> memberIds = new ArrayList<>();
        List<Long> cadres = new ArrayList<>();
        rolls.values().forEach(roll -> roll.forEach(m -> {
            memberIds.add(m.id());
            if (m.leadingCadre()) {
                cadres.add(m.id());
            }
        }));
        Map<Long, AttendanceRun> runs = memberIds.isEmpty() ? Map.of() : meetings.attendanceRuns(memberIds, today);
        Map<Long, List<QuarterAttendance>> quarters = new HashMap<>();
        if (!cadres.isEmpty()) {
            LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            meetings.quarterAttendance(cadres, quarterStart.minusMonths(3L * QUARTERS_BACK), today.plusDays(1))
                    .forEach(q -> quarters.computeIfAbsent(q.memberId(), k -> new ArrayList<>()).add(q));
        }
        rolls.forEach((orgId, roll) -> facts.put(orgId, new MemberLifeFacts(roll.stream()
                .map(m -> new MemberLifeFacts.Member(m, runs.get(m.id()), quarters.getOrDefault(m.id(), List.of())
                        .stream().filter(q -> q.orgId() == orgId).toList()))
                .toList())));
        return facts;
    }
}
