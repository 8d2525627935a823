package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.StudyPlan;
import cn.dangjian.life.StudyPlans;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The yearly study plan: edit the topic of each month, and print it (the page has a print layout). */
@Controller
class StudyPlanPageController {

    private final StudyPlans plans;
    private final Clock clock;

    StudyPlanPageController(StudyPlans plans, Clock clock) {
        this.clock = clock;
        this.plans = plans;
    }

    @GetMapping("/study-plans")
    String page(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("plan", plans.get(scope, orgId, year == null ? LocalDate.now(clock).getYear() : year));
        return "life/study-plan";
    }

    @PostMapping("/study-plans")
    String save(AccessScope scope, @RequestParam long orgId, @RequestParam int year,
                @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        List<StudyPlan.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new StudyPlan.Month(m, params.getFirst("topic_" + m), params.getFirst("format_" + m)));
        }
        plans.save(scope, orgId, year, months);
        redirect.addFlashAttribute("notice", "学习计划已保存");
        return "redirect:/study-plans?orgId=" + orgId + "&year=" + year;
    }
}
