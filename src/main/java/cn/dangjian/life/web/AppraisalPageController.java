package cn.dangjian.life.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AppraisalRound;
import cn.dangjian.life.Appraisals;
import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 民主评议: the year's result table, or the form that records it (one grade per member). */
@Controller
class AppraisalPageController {

    private final Appraisals appraisals;
    private final OrgUnits orgs;

    AppraisalPageController(Appraisals appraisals, OrgUnits orgs) {
        this.appraisals = appraisals;
        this.orgs = orgs;
    }

    @GetMapping("/appraisals")
    String page(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Integer year,
                Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("year", y);
        try {
            model.addAttribute("round", appraisals.get(scope, orgId, y));
        } catch (NotFoundException e) {
            model.addAttribute("roster", appraisals.roster(scope, orgId));
            model.addAttribute("grades", AppraisalRound.DEFAULT_GRADES);
        }
        return "life/appraisals";
    }

    @GetMapping("/appraisals/summary.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> summary(AccessScope scope, @RequestParam long orgId,
                                                            @RequestParam int year,
                                                            @org.springframework.web.bind.annotation.PathVariable String format) {
        boolean pdf = format.equals("pdf");
        return DocumentResponses.attachment(appraisals.summary(scope, orgId, year, pdf),
                year + "年民主评议党员汇总表." + format, pdf);
    }

    @PostMapping("/appraisals")
    String record(AccessScope scope, @RequestParam long orgId, @RequestParam int year,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                  @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        List<RecordAppraisal.Entry> entries = new ArrayList<>();
        for (RosterEntry r : appraisals.roster(scope, orgId)) {
            entries.add(new RecordAppraisal.Entry(r.id(), params.getFirst("self_" + r.id()), null,
                    params.getFirst("grade_" + r.id()), params.getFirst("note_" + r.id())));
        }
        try {
            appraisals.record(scope, new RecordAppraisal(orgId, year, heldOn, null, entries));
            redirect.addFlashAttribute("notice", "已登记" + year + "年民主评议");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appraisals?orgId=" + orgId + "&year=" + year;
    }
}
