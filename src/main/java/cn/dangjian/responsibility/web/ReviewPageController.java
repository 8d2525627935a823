package cn.dangjian.responsibility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.duty.RecordInspection;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.AssessReview;
import cn.dangjian.responsibility.OpenRound;
import cn.dangjian.responsibility.ReviewView;
import cn.dangjian.responsibility.Reviews;
import cn.dangjian.responsibility.RoundView;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 述职评议 pages: an organization's own 述职 and the rounds held in its subtree; one 述职 with its figures drafted
 * from the records, the secretary's narrative, and — for the round's holder — the 评议 form.
 */
@Controller
class ReviewPageController {

    static final int PROBLEM_ROWS = 3;

    private final Reviews reviews;
    private final PageOrg pageOrg;
    private final Clock clock;

    ReviewPageController(Reviews reviews, PageOrg pageOrg, Clock clock) {
        this.reviews = reviews;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/reviews")
    String page(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        int year = LocalDate.now(clock).getYear();
        List<RoundView> rounds = reviews.rounds(scope, org.id());
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        model.addAttribute("own", reviews.own(scope, org.id()));
        model.addAttribute("rounds", rounds);
        model.addAttribute("canOpen", scope.can(Permission.DUTY_ASSIGN)
                && DutyLevel.issues(org.type())
                && rounds.stream().noneMatch(r -> r.issuerOrgId() == org.id() && r.year() == year));
        return "responsibility/reviews";
    }

    @PostMapping("/reviews/rounds")
    String open(AccessScope scope, @RequestParam long orgId, @RequestParam MultiValueMap<String, String> params,
                RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        OrgUnitRef org = pageOrg.of(scope, orgId, null);
        Integer year = in.integer("year", "年度");
        try {
            OpenRound cmd = new OpenRound(org.id(), year == null ? LocalDate.now(clock).getYear() : year,
                    in.date("opensOn", "开始日期"), in.date("closesOn", "结束日期"));
            in.check();
            reviews.open(scope, cmd);
            redirect.addFlashAttribute("notice", "述职评议已开始，各书记可以看到由平台记录生成的述职材料");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0).label() + e.problems().get(0).message());
        }
        return "redirect:/reviews?orgId=" + org.id();
    }

    @GetMapping("/reviews/{id}")
    String review(AccessScope scope, @PathVariable long id, Model model) {
        return show(scope, reviews.get(scope, id), new LinkedMultiValueMap<>(), List.of(), model);
    }

    @GetMapping("/reviews/{id}/report.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> report(AccessScope scope, @PathVariable long id,
                                                           @PathVariable String format) {
        return cn.dangjian.documents.DocumentDownload.of(reviews.report(scope, id, "pdf".equals(format)));
    }

    @PostMapping("/reviews/{id}/narrative")
    String write(AccessScope scope, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) String narrative, @RequestParam(defaultValue = "false") boolean submit,
                 @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            if (submit) {
                reviews.submit(scope, id, version, narrative);
                redirect.addFlashAttribute("notice", "述职已提交，材料中的数据以今天的记录为准");
            } else {
                reviews.write(scope, id, version, narrative);
                redirect.addFlashAttribute("notice", "述职报告已保存");
            }
            return "redirect:/reviews/" + id;
        } catch (InvalidInputException e) {
            return show(scope, reviews.get(scope, id), params, e.problems(), model);
        }
    }

    @PostMapping("/reviews/{id}/assessment")
    String assess(AccessScope scope, @PathVariable long id, @RequestParam int version,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        ReviewView view = reviews.get(scope, id);
        PostedForm in = new PostedForm(params);
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < view.grades().size(); i++) {
            Integer c = in.integer("gradeCounts[" + i + "]", view.grades().get(i) + "票数");
            counts.add(c == null ? 0 : c);
        }
        List<RecordInspection.NewItem> problems = new ArrayList<>();
        for (int i = 0; params.containsKey("problems[" + i + "].problem"); i++) {
            String row = "problems[" + i + "].";
            if (in.text(row + "problem") == null && in.text(row + "measures") == null) {
                continue;
            }
            problems.add(new RecordInspection.NewItem(in.text(row + "problem"), in.text(row + "measures"),
                    in.date(row + "deadline", "第" + (i + 1) + "个问题的整改时限"), in.text(row + "owner"), null, false));
        }
        try {
            AssessReview cmd = new AssessReview(in.date("reviewedOn", "评议日期"), counts, in.text("result"),
                    in.text("comments"), problems);
            in.check();
            reviews.assess(scope, id, version, cmd);
            redirect.addFlashAttribute("notice", "评议结果已登记，提出的问题已列入该组织的整改事项");
            return "redirect:/reviews/" + id;
        } catch (InvalidInputException e) {
            return show(scope, view, params, e.problems(), model);
        }
    }

    private String show(AccessScope scope, ReviewView view, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        model.addAttribute("v", view);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("rows", java.util.stream.IntStream.range(0, PROBLEM_ROWS).boxed().toList());
        model.addAttribute("canWrite", !view.reviewer() && scope.can(Permission.DUTY_REPORT));
        model.addAttribute("canAssess", view.reviewer() && scope.can(Permission.DUTY_ASSIGN));
        return "responsibility/review";
    }
}
