package cn.dangjian.duty.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.SummaryRow;
import cn.dangjian.duty.TaskData;
import cn.dangjian.life.MeetingRollup;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.MeetingType;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Component;

/**
 * The figures of a report that the platform already holds (DB-03: 最多报一次), read from the records of the
 * assignee's subtree for the task's period with the reporting person's own scope — the same figures the meeting and
 * dues pages show them — and kept with the report as they were on the day it was sent.
 */
@Component
public class TaskFigures {

    private final MeetingStatistics meetings;
    private final DuesOverview dues;

    TaskFigures(MeetingStatistics meetings, DuesOverview dues) {
        this.meetings = meetings;
        this.dues = dues;
    }

    /** The figures as lines of text, or {@code null} when the task asks for none. */
    public String of(AccessScope scope, Task task, long orgId) {
        if (task.data() == TaskData.NONE) {
            return null;
        }
        int year = task.reportYear();
        int quarter = task.reportQuarter() == null ? 0 : task.reportQuarter();
        return task.data() == TaskData.MEETINGS ? meetings(scope, orgId, year, quarter) : dues(scope, orgId, year, quarter);
    }

    private String meetings(AccessScope scope, long orgId, int year, int quarter) {
        MeetingRollup rollup = meetings.rollup(scope, orgId, year, quarter);
        List<String> lines = new ArrayList<>();
        lines.add(rollup.orgName() + rollup.periodLabel() + "组织生活开展情况（" + rollup.from() + "至" + rollup.to() + "，据平台会议记录）：");
        List<String> held = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            held.add(type.label() + rollup.total().held(type) + "次");
        }
        lines.add("召开" + String.join("，", held) + "，合计" + rollup.total().total() + "次。");
        lines.add("其中补录" + rollup.total().lateEntries() + "次，表决时未达应到人数半数的" + rollup.total().quorumFailures() + "次。");
        return String.join("\n", lines);
    }

    private String dues(AccessScope scope, long orgId, int year, int quarter) {
        YearMonth from = quarter == 0 ? YearMonth.of(year, 1) : YearMonth.of(year, quarter * 3 - 2);
        YearMonth until = quarter == 0 ? YearMonth.of(year, 12) : from.plusMonths(2);
        SummaryRow total = dues.summary(scope, orgId, from, until).stream().filter(SummaryRow::total).findFirst()
                .orElseThrow();
        return total.orgName() + from + "至" + until + "党费收缴情况（据平台党费收缴记录）：\n"
                + "应交" + total.due() + "元，实交" + total.paid() + "元，欠交" + total.owed() + "元（" + total.membersOwing()
                + "人），补交" + total.backPaid() + "元；应上缴" + total.remitDue() + "元，已上缴" + total.remitted() + "元"
                + (total.unassessed() > 0 ? "；尚未年初核定的党组织" + total.unassessed() + "个" : "") + "。";
    }
}
