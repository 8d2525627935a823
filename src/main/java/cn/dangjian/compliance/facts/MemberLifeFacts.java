package cn.dangjian.compliance.facts;

import java.util.List;

import cn.dangjian.life.AttendanceRun;
import cn.dangjian.life.QuarterAttendance;
import cn.dangjian.member.RollMember;

/**
 * The members on an organization's roll of organizational life (正常 and 留党察看) as the member-management rules
 * read them: their standing (失联 since when, 流动, 党员领导干部), their current run of unexcused absences (JY-12;
 * null when they have none), and — for leading cadres — their attendance at this organization's meetings per
 * quarter over the last five quarters (JG-09).
 */
public record MemberLifeFacts(List<Member> members) {

    public MemberLifeFacts {
        members = List.copyOf(members);
    }

    public record Member(RollMember member, AttendanceRun absences, List<QuarterAttendance> quarters) {

        public Member {
            quarters = List.copyOf(quarters);
        }
    }
}
