package cn.dangjian.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.CaseView;
import cn.dangjian.recruitment.Deadline;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
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
 * One case's page: the person, the five stages, every recorded step with any 情况说明, what is due, and the forms
 * to record the next step or end the case. A refused step shows the rule's message and keeps what was typed.
 */
@Controller
class CasePageController {

    /** The documents generated from a case (served by the documents endpoints), in the order a file keeps them. */
    static final List<DocumentLink> DOCUMENTS = List.of(
            new DocumentLink("activist-register", "入党积极分子培养教育考察登记表"),
            new DocumentLink("public-notice", "发展对象公示"),
            new DocumentLink("assembly-resolution", "支部党员大会决议"),
            new DocumentLink("full-record", "发展党员全程纪实表"));

    private final Recruitment recruitment;
    private final Members members;
    private final OrgUnits orgs;
    private final Clock clock;

    CasePageController(Recruitment recruitment, Members members, OrgUnits orgs, Clock clock) {
        this.recruitment = recruitment;
        this.members = members;
        this.orgs = orgs;
        this.clock = clock;
    }

    @GetMapping("/recruitment/cases/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(scope, id, model, new LinkedMultiValueMap<>(), List.of(), new LinkedMultiValueMap<>(), List.of());
    }

    /** The inputs of the chosen step (htmx swaps them in when the step is changed), keeping what was typed. */
    @GetMapping("/recruitment/cases/{id}/step-fields")
    String stepFields(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                      Model model) {
        CaseView view = recruitment.get(scope, id);
        addStepForm(scope, view, model, params, List.of());
        return "recruitment/case :: step-fields";
    }

    @PostMapping("/recruitment/cases/{id}/steps")
    String record(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        try {
            RecordStep step = StepForm.step(params);
            recruitment.record(scope, id, step);
            redirect.addFlashAttribute("notice", "已记录“" + step.kind().label() + "”");
            return "redirect:/recruitment/cases/" + id;
        } catch (InvalidInputException e) {
            return show(scope, id, model, params, e.problems(), new LinkedMultiValueMap<>(), List.of());
        }
    }

    @PostMapping("/recruitment/cases/{id}/close")
    String close(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                 Model model, RedirectAttributes redirect) {
        try {
            StepForm.Closing closing = StepForm.closing(params);
            recruitment.close(scope, id, closing.on(), closing.reason());
            redirect.addFlashAttribute("notice", "已终止");
        } catch (InvalidInputException e) {
            return show(scope, id, model, new LinkedMultiValueMap<>(), List.of(), params, e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/recruitment/cases/" + id;
    }

    private String show(AccessScope scope, long id, Model model, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, MultiValueMap<String, String> closeValues,
                        List<FieldProblem> closeProblems) {
        CaseView view = recruitment.get(scope, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("theCase", view);
        model.addAttribute("today", today);
        model.addAttribute("stages", stages(view));
        model.addAttribute("documents", documents(view));
        model.addAttribute("closeValues", closeValues);
        model.addAttribute("closeProblems", closeProblems);
        model.addAttribute("canClose", scope.can(Permission.RECRUITMENT_RECORD) && view.stage().open()
                && view.stage() != Stage.PROBATIONARY);
        addStepForm(scope, view, model, values, problems);
        return "recruitment/case";
    }

    private void addStepForm(AccessScope scope, CaseView view, Model model, MultiValueMap<String, String> values,
                             List<FieldProblem> problems) {
        boolean approver = scope.can(Permission.RECRUITMENT_APPROVE) && orgs.findInScope(scope, view.approvingOrgId())
                .isPresent();
        boolean canRecord = scope.can(Permission.RECRUITMENT_RECORD) && view.stage().open();
        List<StepKind> recordable = view.nextSteps().stream().filter(k -> !k.assembly())
                .filter(k -> approver || !k.byApprovingBody()).toList();
        StepKind chosen = recordable.stream().filter(k -> k.name().equals(values.getFirst("kind"))).findFirst()
                .orElseGet(() -> likelyNext(view, recordable));
        model.addAttribute("theCase", view);
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("recordable", recordable);
        model.addAttribute("assemblies", view.nextSteps().stream().filter(StepKind::assembly).toList());
        model.addAttribute("forCommittee", view.nextSteps().stream().filter(k -> k.byApprovingBody() && !approver).toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("fields", chosen == null ? null : StepFields.of(chosen));
        model.addAttribute("roster", canRecord && chosen != null && StepFields.of(chosen).people() > 0
                ? roster(scope, view.orgId()) : List.of());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("askJustification", values.getFirst("justification") != null
                && !values.getFirst("justification").isBlank()
                || problems.stream().anyMatch(p -> "justification".equals(p.field())));
    }

    /** What the secretary most likely records next: what is due first, else the first step that is not a routine assessment. */
    private static StepKind likelyNext(CaseView view, List<StepKind> recordable) {
        return view.deadlines().stream().sorted(Comparator.comparing(Deadline::dueOn))
                .map(Deadline::step).filter(recordable::contains).findFirst()
                .or(() -> recordable.stream().filter(k -> k != StepKind.ASSESSMENT).findFirst())
                .orElse(recordable.isEmpty() ? null : recordable.get(0));
    }

    private List<RosterEntry> roster(AccessScope scope, long orgId) {
        try {
            return members.roster(scope, orgId);
        } catch (ForbiddenException | NotFoundException e) {
            return List.of();
        }
    }

    /** The five stages with the day each was reached (入党申请人 from the application). */
    static List<StageMark> stages(CaseView view) {
        List<StageMark> marks = new ArrayList<>();
        for (Stage stage : List.of(Stage.APPLICANT, Stage.ACTIVIST, Stage.CANDIDATE, Stage.PROBATIONARY, Stage.FULL)) {
            LocalDate since = null;
            for (CaseStep s : view.steps()) {
                boolean reaches = stage == Stage.APPLICANT ? s.kind() == StepKind.APPLICATION
                        : s.kind().advancesTo() == stage && (stage == Stage.FULL
                        ? s.result() == StepResult.CONFIRM : s.favourable());
                if (reaches && since == null) {
                    since = s.on();
                }
            }
            marks.add(new StageMark(stage, since, stage == view.stage()));
        }
        return marks;
    }

    private static List<DocumentLink> documents(CaseView view) {
        return DOCUMENTS.stream().filter(d -> switch (d.kind()) {
            case "activist-register" -> view.last(StepKind.ACTIVIST_DESIGNATION) != null;
            case "public-notice" -> view.last(StepKind.PUBLIC_NOTICE) != null;
            case "assembly-resolution" -> view.last(StepKind.ADMISSION_ASSEMBLY) != null;
            default -> true;
        }).toList();
    }

    /** A stage on the progress bar: when it was reached, if it was, and whether the case is in it now. */
    record StageMark(Stage stage, LocalDate since, boolean current) {

        public boolean reached() {
            return since != null;
        }
    }

    /** A document of the case, offered as Word and PDF. */
    record DocumentLink(String kind, String label) {
    }
}
