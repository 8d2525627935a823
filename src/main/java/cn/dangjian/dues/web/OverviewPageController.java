package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.SummaryRow;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 欠交情况 and 党费汇总: the subtree's arrears, and 应交/实交/欠交/补交 rolled up one level, with drill-down. */
@Controller
class OverviewPageController {

    private final DuesOverview overview;
    private final DuesPages pages;
    private final Clock clock;

    OverviewPageController(DuesOverview overview, DuesPages pages, Clock clock) {
        this.overview = overview;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dues/arrears")
    String arrears(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        OrgUnitRef org = pages.org(scope, orgId);
        model.addAttribute("org", org);
        model.addAttribute("rows", overview.arrears(scope, org.id()));
        model.addAttribute("parent", pages.parent(scope, org));
        return "dues/arrears";
    }

    @GetMapping("/dues/summary")
    String summary(AccessScope scope, @RequestParam(required = false) Long orgId,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
                   Model model) {
        OrgUnitRef org = pages.org(scope, orgId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (month != null && (month < 1 || month > 12)) {
            throw new InvalidInputException("month", "月份", "应为1至12");
        }
        YearMonth from = month == null ? YearMonth.of(y, 1) : YearMonth.of(y, month);
        YearMonth until = month == null ? YearMonth.of(y, 12) : from;
        List<SummaryRow> rows = overview.summary(scope, org.id(), from, until);
        Map<Long, OrgUnitRef> refs = new HashMap<>();
        pages.refs(scope, rows.stream().map(SummaryRow::orgId).toList()).forEach(r -> refs.put(r.id(), r));
        model.addAttribute("org", org);
        model.addAttribute("year", y);
        model.addAttribute("month", month);
        model.addAttribute("rows", rows);
        model.addAttribute("refs", refs);
        model.addAttribute("parent", pages.parent(scope, org));
        model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        YearMonth deadline = overview.assessmentDeadline(scope, org.id(), y);
        model.addAttribute("deadlineMonth", deadline.getMonthValue());
        model.addAttribute("pastDeadline", YearMonth.now(clock).isAfter(deadline));
        return "dues/summary";
    }
}
