package cn.dangjian.responsibility.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.dangjian.compliance.FindingCounts;
import cn.dangjian.compliance.FindingHistory;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.SummaryRow;
import cn.dangjian.duty.DutyQueries;
import cn.dangjian.duty.DutyYear;
import cn.dangjian.life.MeetingRollup;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.MeetingType;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.responsibility.ReviewFigures;
import cn.dangjian.responsibility.ReviewFigures.Line;
import cn.dangjian.responsibility.ReviewFigures.Section;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of a 述职 drafted from the year's records of the organization's subtree, read through each module's
 * own facade with the reader's scope — the same figures the meeting, compliance, dues and task pages show them —
 * so that the secretary writes the narrative and never retypes a number (ZR-03). A section the reader may not see
 * says so instead of its figures. Kept as JSON with a submitted 述职.
 */
@Component
public class ReviewDrafts {

    private final MeetingStatistics meetings;
    private final FindingHistory findings;
    private final Committees committees;
    private final DuesOverview dues;
    private final DutyQueries duty;
    private final JsonMapper json;

    ReviewDrafts(MeetingStatistics meetings, FindingHistory findings, Committees committees, DuesOverview dues,
                 DutyQueries duty, JsonMapper json) {
        this.meetings = meetings;
        this.findings = findings;
        this.committees = committees;
        this.dues = dues;
        this.duty = duty;
        this.json = json;
    }

    public ReviewFigures draft(AccessScope scope, OrgUnitRef org, int year, LocalDate today) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("组织生活", () -> meetings(scope, org, year)));
        sections.add(section("合规提醒", () -> findings(org, year)));
        sections.add(section("班子与换届", () -> term(org, today)));
        sections.add(section("党费", () -> dues(scope, org, year, today)));
        sections.add(section("督查督办与整改", () -> duty(org, year, today)));
        return new ReviewFigures(today, sections);
    }

    public String write(ReviewFigures figures) {
        return json.writeValueAsString(figures);
    }

    public ReviewFigures read(String stored) {
        return json.readValue(stored, ReviewFigures.class);
    }

    private static Section section(String title, Supplier<List<Line>> lines) {
        try {
            return new Section(title, lines.get());
        } catch (ForbiddenException e) {
            return new Section(title, List.of(new Line("说明", "您没有查看该项记录的权限", null)));
        }
    }

    private List<Line> meetings(AccessScope scope, OrgUnitRef org, int year) {
        MeetingRollup.Row total = meetings.rollup(scope, org.id(), year, 0).total();
        String link = "/meetings?orgId=" + org.id() + "&from=" + year + "-01-01&to=" + year + "-12-31";
        List<Line> lines = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            lines.add(new Line(type.label(), total.held(type) + "次", link + "&type=" + type.name()));
        }
        lines.add(new Line("合计", total.total() + "次", link));
        lines.add(new Line("其中补录", total.lateEntries() + "次", link));
        lines.add(new Line("表决未达应到人数半数", total.quorumFailures() + "次", link));
        return lines;
    }

    private List<Line> findings(OrgUnitRef org, int year) {
        List<Line> lines = new ArrayList<>();
        for (FindingCounts c : findings.counts(org.id(), year)) {
            if (c.opened() + c.openNow() + c.resolved() + c.lapsed() > 0) {
                lines.add(new Line(c.category().label(), "本年新发现" + c.opened() + "项，已办结" + c.resolved() + "项，期满未办"
                        + c.lapsed() + "项，尚未办结" + c.openNow() + "项（其中逾期" + c.openMissed() + "项）",
                        "/compliance?orgId=" + org.id()));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line("合规提醒", "本年度没有提醒事项", "/compliance?orgId=" + org.id()));
        }
        return lines;
    }

    private List<Line> term(OrgUnitRef org, LocalDate today) {
        CommitteeView c = committees.currentOf(List.of(org.id())).get(org.id());
        String value = c == null ? "平台中未录入本届委员会"
                : "第" + c.termNumber() + "届，" + c.startedOn() + "起，应于" + c.dueEndOn() + "届满"
                + (c.expiredOn(today) ? "，已到期未换届" : "");
        return List.of(new Line("本届委员会", value, "/orgs/" + org.id()));
    }

    private List<Line> dues(AccessScope scope, OrgUnitRef org, int year, LocalDate today) {
        YearMonth until = year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 12);
        SummaryRow total = dues.summary(scope, org.id(), YearMonth.of(year, 1), until).stream()
                .filter(SummaryRow::total).findFirst().orElseThrow();
        String link = "/dues/summary?orgId=" + org.id();
        return List.of(new Line("统计期间", YearMonth.of(year, 1) + "至" + until, link),
                new Line("应交", total.due() + "元", link), new Line("实交", total.paid() + "元", link),
                new Line("欠交", total.owed() + "元（" + total.membersOwing() + "人）", link),
                new Line("已上缴", total.remitted() + "元（应上缴" + total.remitDue() + "元）", link));
    }

    private List<Line> duty(OrgUnitRef org, int year, LocalDate today) {
        DutyYear y = duty.year(org.path(), year, today);
        return List.of(new Line("承办督办事项", y.parts() + "项，已销号" + y.partsClosed() + "项，逾期未办结" + y.partsOverdue() + "项",
                        "/tasks?orgId=" + org.id()),
                new Line("巡视巡察和述职评议问题", y.items() + "个，已销号" + y.itemsClosed() + "个，逾期未销号" + y.itemsOverdue()
                        + "个", "/inspections?orgId=" + org.id()));
    }
}
