package cn.dangjian.workbench.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.FindingView;
import cn.dangjian.compliance.Severity;
import cn.dangjian.life.MeetingType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.recruitment.CaseQuery;
import cn.dangjian.recruitment.CaseRow;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A branch's day: its open findings that are late or due this month, those due later this quarter, each with the
 * button that does it; then the next dated deadlines (发展党员 steps, duties due after this quarter); quick links.
 */
@Component
class BranchHome {

    /** The meeting types a branch records, in the order the quick links show them. */
    static final List<MeetingType> RECORDABLE = List.of(MeetingType.COMMITTEE_MEETING, MeetingType.BRANCH_ASSEMBLY,
            MeetingType.PARTY_LESSON, MeetingType.THEME_DAY, MeetingType.GROUP_MEETING, MeetingType.ORG_LIFE_MEETING);
    static final int DEADLINES = 8;
    /**
     * The branch's open cases read for their next deadline, nearest first. Overdue ones come first in that order and
     * are skipped here (their findings are on the to-do list), so more than {@link #DEADLINES} are read.
     */
    static final int CASES_READ = 100;

    private final Compliance compliance;
    private final Recruitment recruitment;
    private final OrgUnits orgs;
    private final Clock clock;

    BranchHome(Compliance compliance, Recruitment recruitment, OrgUnits orgs, Clock clock) {
        this.compliance = compliance;
        this.recruitment = recruitment;
        this.orgs = orgs;
        this.clock = clock;
    }

    /**
     * Findings the same button closes (the same rule, page and lateness: 「2026年1月…11月主题党日逾期未召开」), shown as
     * one item: the latest in front, the others listed under it.
     */
    record TaskGroup(FindingView lead, List<FindingView> more) {
    }

    /** A dated deadline: when, what, where to do it and the button's words. */
    record Deadline(LocalDate on, String what, String href, String action) {
    }

    void fill(AccessScope scope, long orgId, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        LocalDate quarterEnd = today.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        List<FindingView> findings = compliance.workbench(scope, orgId);
        List<FindingView> now = findings.stream().filter(f -> f.late() || dueBy(f, monthEnd)).toList();
        List<FindingView> quarter = findings.stream()
                .filter(f -> !now.contains(f) && dueBy(f, quarterEnd)).toList();
        List<Deadline> deadlines = new ArrayList<>();
        findings.stream().filter(f -> !now.contains(f) && !quarter.contains(f) && f.deadline() != null)
                .forEach(f -> deadlines.add(new Deadline(f.deadline(), f.message(), f.fixPath(), f.actionLabel())));
        if (scope.can(Permission.RECRUITMENT_VIEW)) {
            for (CaseRow c : recruitment.list(scope, new CaseQuery(orgId, null, null, false, null),
                    new PageRequest(1, CASES_READ)).items()) {
                if (c.nextDue() != null && !c.overdue()) {
                    deadlines.add(new Deadline(c.nextDue(), c.name() + "（" + c.stage().label() + "）："
                            + (c.dueStep() != null ? c.dueStep() : c.nextStep()).label(),
                            "/recruitment/cases/" + c.id(), "办理"));
                }
            }
        }
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("today", today);
        model.addAttribute("now", grouped(now));
        model.addAttribute("nowCount", now.size());
        model.addAttribute("quarter", grouped(quarter));
        model.addAttribute("quarterCount", quarter.size());
        model.addAttribute("others", findings.size() - now.size() - quarter.size());
        model.addAttribute("deadlines", deadlines.stream().sorted(Comparator.comparing(Deadline::on))
                .limit(DEADLINES).toList());
        model.addAttribute("recordable", RECORDABLE);
    }

    /** Groups in the order of their first finding (most pressing first), each led by its latest finding. */
    static List<TaskGroup> grouped(List<FindingView> findings) {
        java.util.Map<String, List<FindingView>> groups = new java.util.LinkedHashMap<>();
        for (FindingView f : findings) {
            groups.computeIfAbsent(f.ruleId() + "|" + f.fixPath() + "|" + f.late(), k -> new ArrayList<>()).add(f);
        }
        return groups.values().stream().map(g -> {
            List<FindingView> latestFirst = g.stream().sorted(Comparator.comparing(FindingView::deadline,
                    Comparator.nullsFirst(Comparator.naturalOrder())).reversed()).toList();
            return new TaskGroup(latestFirst.get(0), latestFirst.subList(1, latestFirst.size()));
        }).toList();
    }

    private static boolean dueBy(FindingView f, LocalDate day) {
        return f.severity() == Severity.DUE && f.deadline() != null && !f.deadline().isAfter(day);
    }
}
