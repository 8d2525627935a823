package cn.dangjian.workbench.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.DuesOverview;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.MyMeeting;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A member's page: their own organizational life this year (the meetings they were expected at and how they
 * attended, as the branch recorded it), their dues (the monthly amount, 党费交至 and any arrears) and their own
 * record. Nothing of colleagues; no scores.
 */
@Component
class MemberHome {

    static final int RECENT = 5;

    private final Members members;
    private final Meetings meetings;
    private final DuesOverview dues;
    private final Clock clock;

    MemberHome(Members members, Meetings meetings, DuesOverview dues, Clock clock) {
        this.members = members;
        this.meetings = meetings;
        this.dues = dues;
        this.clock = clock;
    }

    void fill(AccessScope scope, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (scope.memberId() != null) {
            model.addAttribute("self", members.get(scope, scope.memberId()));
        }
        if (scope.can(Permission.LIFE_VIEW)) {
            List<MyMeeting> year = meetings.mine(scope).stream()
                    .filter(m -> m.heldAt().getYear() == today.getYear()).toList();
            Map<AttendanceStatus, Long> counts = new EnumMap<>(AttendanceStatus.class);
            for (AttendanceStatus s : AttendanceStatus.values()) {
                counts.put(s, year.stream().filter(m -> m.status() == s).count());
            }
            model.addAttribute("meetings", year.stream().limit(RECENT).toList());
            model.addAttribute("expected", year.size());
            model.addAttribute("counts", counts);
        }
        if (scope.memberId() != null && scope.can(Permission.DUES_VIEW)) {
            model.addAttribute("dues", dues.memberYear(scope, scope.memberId(), today.getYear()));
        }
    }
}
