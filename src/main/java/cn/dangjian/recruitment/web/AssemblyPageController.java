package cn.dangjian.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingPrefills;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.recruitment.CaseRow;
import cn.dangjian.recruitment.RecordAssembly;
import cn.dangjian.recruitment.RecruitmentAssemblies;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 召开支部党员大会: the branch assembly that votes on admitting candidates or on 转正, recorded once — the meeting
 * with its attendance goes to organizational life, and each person's secret ballot to their case.
 */
@Controller
class AssemblyPageController {

    private final RecruitmentAssemblies assemblies;
    private final Meetings meetings;
    private final OrgUnits orgs;
    private final Clock clock;
    private final MeetingPrefills prefills;

    AssemblyPageController(RecruitmentAssemblies assemblies, Meetings meetings, OrgUnits orgs, Clock clock,
                           MeetingPrefills prefills) {
        this.prefills = prefills;
        this.assemblies = assemblies;
        this.meetings = meetings;
        this.orgs = orgs;
        this.clock = clock;
    }

    @GetMapping("/recruitment/assembly")
    String form(AccessScope scope, @RequestParam long orgId, @RequestParam StepKind kind,
                @RequestParam(required = false) Long caseId, Model model) {
        scope.require(Permission.RECRUITMENT_RECORD);
        List<CaseRow> candidates = candidates(scope, orgId, kind);
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.setAll(prefills.prefill(scope, orgId, MeetingType.BRANCH_ASSEMBLY, null).formValues());
        candidates.stream().filter(c -> caseId == null || c.id() == caseId)
                .forEach(c -> values.add("include_" + c.id(), "on"));
        return form(scope, orgId, kind, candidates, model, values, List.of());
    }

    @PostMapping("/recruitment/assembly")
    String record(AccessScope scope, @RequestParam long orgId, @RequestParam StepKind kind,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        scope.require(Permission.RECRUITMENT_RECORD);
        List<CaseRow> candidates = candidates(scope, orgId, kind);
        MeetingDraft draft = meetings.draft(scope, orgId, MeetingType.BRANCH_ASSEMBLY, null);
        try {
            RecordAssembly cmd = AssemblyForm.read(orgId, kind, draft, candidates, params);
            long meetingId = assemblies.recordAssembly(scope, cmd);
            redirect.addFlashAttribute("notice", "已记录支部党员大会（" + title(kind) + "），表决结果见下");
            if (cmd.ballots().size() == 1) {
                return "redirect:/recruitment/cases/" + cmd.ballots().get(0).caseId();
            }
            return "redirect:/meetings/" + meetingId;
        } catch (InvalidInputException e) {
            return form(scope, orgId, kind, candidates, model, params, e.problems());
        }
    }

    private List<CaseRow> candidates(AccessScope scope, long orgId, StepKind kind) {
        return assemblies.readyForAssembly(scope, orgId, kind);
    }

    private String form(AccessScope scope, long orgId, StepKind kind, List<CaseRow> candidates, Model model,
                        MultiValueMap<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("org", orgs.refInScope(scope, orgId));
        model.addAttribute("kind", kind);
        model.addAttribute("assemblyTitle", title(kind));
        model.addAttribute("candidates", candidates);
        model.addAttribute("draft", meetings.draft(scope, orgId, MeetingType.BRANCH_ASSEMBLY, null));
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("decisions", List.of(StepResult.CONFIRM, StepResult.EXTEND, StepResult.CANCEL));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("askJustification", problems.stream().anyMatch(p -> "justification".equals(p.field())));
        model.addAttribute("today", LocalDate.now(clock));
        return "recruitment/assembly";
    }

    static String title(StepKind kind) {
        return kind == StepKind.ADMISSION_ASSEMBLY ? "讨论接收预备党员" : "讨论预备党员转正";
    }
}
