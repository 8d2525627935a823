package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.life.AppraisalRound;
import cn.dangjian.life.Appraisals;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * 民主评议: the year's result table, or the form that records it (per member the self-appraisal, the 民主测评
 * tally per grade and one grade, from a grade set the branch may change). A refused form comes back as typed.
 */
@Controller
class AppraisalPageController {

    private final Appraisals appraisals;
    private final OrgUnits orgs;
    private final Clock clock;

    AppraisalPageController(Appraisals appraisals, OrgUnits orgs, Clock clock) {
        this.clock = clock;
        this.appraisals = appraisals;
        this.orgs = orgs;
    }

    @GetMapping("/appraisals")
    String page(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Integer year,
                Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("year", y);
        try {
            model.addAttribute("round", appraisals.get(scope, orgId, y));
        } catch (NotFoundException e) {
            form(model, scope, orgId, appraisals.gradesFor(scope, orgId, y), new LinkedMultiValueMap<>(), List.of());
        }
        return "life/appraisals";
    }

    @cn.dangjian.shared.PersonalDataExport("民主评议党员汇总表")
    @GetMapping("/appraisals/summary.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> summary(AccessScope scope, @RequestParam long orgId,
                                                            @RequestParam int year, @PathVariable String format) {
        boolean pdf = format.equals("pdf");
        return DocumentResponses.attachment(appraisals.summary(scope, orgId, year, pdf),
                year + "年民主评议党员汇总表." + format, pdf);
    }

    /**
     * Saves the appraisal; or, when the grade set was changed (or 更换等次 pressed), shows the form again with the
     * new grades and everything else that was typed.
     */
    @PostMapping("/appraisals")
    String record(AccessScope scope, @RequestParam long orgId, @RequestParam int year,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        List<String> typed = AppraisalForm.grades(params.getFirst("gradeSet"));
        List<String> grades = typed == null ? AppraisalRound.DEFAULT_GRADES : typed;
        List<String> shownTyped = AppraisalForm.grades(params.getFirst("shownGrades"));
        List<String> shown = shownTyped == null ? grades : shownTyped;
        if (params.containsKey("applyGrades") || !grades.equals(shown)) {
            MultiValueMap<String, String> kept = new LinkedMultiValueMap<>(params);
            if (!grades.equals(shown)) {
                params.keySet().stream().filter(k -> k.startsWith("votes_")).forEach(kept::remove);
            }
            kept.set("gradeSet", AppraisalForm.text(grades));
            model.addAttribute("notice", "已按等次“" + AppraisalForm.text(grades) + "”重排表格，请填写各等次测评票数和评定等次");
            return formPage(model, scope, orgId, year, grades, kept, List.of());
        }
        try {
            appraisals.record(scope, AppraisalForm.read(orgId, year, heldOn, grades, appraisals.roster(scope, orgId),
                    params));
            redirect.addFlashAttribute("notice", "已登记" + year + "年民主评议");
        } catch (InvalidInputException e) {
            return formPage(model, scope, orgId, year, grades, params, e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appraisals?orgId=" + orgId + "&year=" + year;
    }

    private String formPage(Model model, AccessScope scope, long orgId, int year, List<String> grades,
                            MultiValueMap<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("year", year);
        form(model, scope, orgId, grades, values, problems);
        return "life/appraisals";
    }

    private void form(Model model, AccessScope scope, long orgId, List<String> grades,
                      MultiValueMap<String, String> values, List<FieldProblem> problems) {
        List<RosterEntry> roster = appraisals.roster(scope, orgId);
        model.addAttribute("roster", roster);
        model.addAttribute("grades", grades);
        model.addAttribute("gradeSet", values.containsKey("gradeSet") ? values.getFirst("gradeSet")
                : AppraisalForm.text(grades));
        model.addAttribute("shownGrades", AppraisalForm.text(grades));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
    }
}
