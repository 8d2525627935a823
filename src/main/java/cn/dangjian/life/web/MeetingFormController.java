package cn.dangjian.life.web;

import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingPrefill;
import cn.dangjian.life.MeetingPrefills;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recording form: opened already filled in ({@link MeetingPrefills}), saved once; a refused save or 添加议题
 * shows the form again with every field, attendance mark and agenda row as typed.
 */
@Controller
class MeetingFormController {

    private final Meetings meetings;
    private final MeetingPrefills prefills;

    MeetingFormController(Meetings meetings, MeetingPrefills prefills) {
        this.meetings = meetings;
        this.prefills = prefills;
    }

    @GetMapping("/meetings/new")
    String form(AccessScope scope, @RequestParam long orgId, @RequestParam MeetingType type,
                @RequestParam(required = false) Long partyGroupId, Model model) {
        MeetingPrefill prefill = prefills.prefill(scope, orgId, type, partyGroupId);
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.setAll(prefill.formValues());
        return form(model, prefill.draft(), values, List.of(), 1);
    }

    @PostMapping("/meetings")
    String record(AccessScope scope, @RequestParam long orgId, @RequestParam MeetingType type,
                  @RequestParam(required = false) Long partyGroupId, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        MeetingDraft draft = meetings.draft(scope, orgId, type, partyGroupId);
        if (params.containsKey("addItem")) {
            return form(model, draft, params, List.of(), MeetingForm.rows(params) + 1);
        }
        try {
            long id = meetings.record(scope, MeetingForm.read(draft, params));
            redirect.addFlashAttribute("notice", "已记录" + type.label());
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            return form(model, draft, params, e.problems(), MeetingForm.rows(params));
        }
    }

    private String form(Model model, MeetingDraft draft, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, int rows) {
        model.addAttribute("draft", draft);
        model.addAttribute("values", values);
        model.addAttribute("typed", new TypedValues(values));
        model.addAttribute("problems", problems);
        model.addAttribute("rows", rows);
        model.addAttribute("votes", draft.votes());
        model.addAttribute("statuses", AttendanceStatus.values());
        return "life/form";
    }
}
