package cn.dangjian.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitChanges;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgFormApprovals;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization pages: the tree, an organization's page, and the forms that change it. */
@Controller
class OrgPageController {

    private final OrgUnits orgs;
    private final Committees committees;
    private final Units units;
    private final OrgFormApprovals approvals;
    private final Clock clock;

    OrgPageController(OrgUnits orgs, Committees committees, Units units, OrgFormApprovals approvals, Clock clock) {
        this.clock = clock;
        this.approvals = approvals;
        this.orgs = orgs;
        this.committees = committees;
        this.units = units;
    }

    @GetMapping("/orgs")
    String tree(AccessScope scope, @RequestParam(required = false) String q,
                @RequestParam(required = false) OrgType type, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("roots", orgs.roots(scope));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", OrgType.values());
        if ((q != null && !q.isBlank()) || type != null) {
            model.addAttribute("results", orgs.search(scope, new OrgUnitQuery(q, type, null, false),
                    PageRequest.of(page, 50)));
            model.addAttribute("pageUrl", "/orgs?q=" + java.net.URLEncoder.encode(q == null ? "" : q,
                    java.nio.charset.StandardCharsets.UTF_8) + (type == null ? "" : "&type=" + type) + "&page=PAGE");
        }
        return "org/tree";
    }

    /** One level of the tree, loaded when a node is expanded. */
    @GetMapping("/orgs/{id}/children")
    String children(AccessScope scope, @PathVariable long id, Model model) {
        model.addAttribute("nodes", orgs.children(scope, id, false));
        return "org/tree :: nodes";
    }

    @GetMapping("/orgs/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        OrgUnitView org = orgs.get(scope, id);
        model.addAttribute("org", org);
        model.addAttribute("children", orgs.children(scope, id, true));
        model.addAttribute("history", committees.history(scope, id));
        model.addAttribute("committee", committees.current(scope, id).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return "org/show";
    }

    @GetMapping("/orgs/new")
    String newForm(AccessScope scope, @RequestParam(required = false) Long parentId, Model model) {
        OrgForm form = new OrgForm();
        form.setParentId(parentId);
        if (parentId != null) {
            model.addAttribute("parent", orgs.get(scope, parentId));
        }
        return form(model, form);
    }

    @PostMapping("/orgs")
    String create(AccessScope scope, @ModelAttribute("form") OrgForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = orgs.create(scope, new NewOrgUnit(form.getParentId(), form.getType(), form.getName(),
                    form.getUnitId(), form.getEstablishedOn(), form.getSortOrder()));
            redirect.addFlashAttribute("notice", "已新建“" + form.getName().strip() + "”");
            return "redirect:/orgs/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            if (form.getParentId() != null) {
                model.addAttribute("parent", orgs.get(scope, form.getParentId()));
            }
            return form(model, form);
        }
    }

    @GetMapping("/orgs/{id}/edit")
    String editForm(AccessScope scope, @PathVariable long id, Model model) {
        OrgUnitView org = orgs.get(scope, id);
        OrgForm form = new OrgForm();
        form.setId(id);
        form.setName(org.name());
        form.setType(org.type());
        form.setUnitId(org.unitId());
        form.setEstablishedOn(org.establishedOn());
        form.setSortOrder(org.sortOrder());
        form.setVersion(org.version());
        approvalForm(scope, model, org);
        return form(model, form);
    }

    /** Records or clears the higher organization's approval of the form (JG-01, JG-02), from the edit page. */
    @PostMapping("/orgs/{id}/form-approval")
    String recordApproval(AccessScope scope, @PathVariable long id, @ModelAttribute("approval") FormApprovalForm approval,
                          Model model, RedirectAttributes redirect) {
        try {
            approvals.record(scope, id, approval.approval(), approval.getVersion());
        } catch (InvalidInputException e) {
            model.addAttribute("approvalProblems", e.problems());
            return editForm(scope, id, model.addAttribute("approval", approval));
        }
        redirect.addFlashAttribute("notice", "已登记上级党组织的批准");
        return "redirect:/orgs/" + id;
    }

    /** The approval form, for those who edit the parent's records; a form already in the model is kept. */
    private void approvalForm(AccessScope scope, Model model, OrgUnitView org) {
        if (!approvals.mayRecord(scope, org.id())) {
            return;
        }
        if (!model.containsAttribute("approval")) {
            FormApprovalForm approval = new FormApprovalForm();
            approval.setApprovedOn(org.formApprovedOn());
            approval.setReference(org.formApprovalRef());
            model.addAttribute("approval", approval);
        }
        ((FormApprovalForm) model.getAttribute("approval")).setVersion(org.version());
    }

    @PostMapping("/orgs/{id}")
    String update(AccessScope scope, @PathVariable long id, @ModelAttribute("form") OrgForm form, Model model,
                  RedirectAttributes redirect) {
        form.setId(id);
        try {
            orgs.update(scope, id, new OrgUnitChanges(form.getName(), form.getType(), form.getUnitId(),
                    form.getEstablishedOn(), form.getSortOrder(), form.getVersion()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            approvalForm(scope, model, orgs.get(scope, id));
            return form(model, form);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/orgs/" + id;
    }

    @PostMapping("/orgs/{id}/move")
    String move(AccessScope scope, @PathVariable long id, @RequestParam long parentId, @RequestParam int version,
                RedirectAttributes redirect) {
        try {
            orgs.move(scope, id, parentId, version);
            redirect.addFlashAttribute("notice", "已移动到“" + orgs.get(scope, parentId).name() + "”之下");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/orgs/" + id;
    }

    /** Candidate new parents for the move dialog, searched by name. */
    @GetMapping("/orgs/{id}/parent-options")
    String parentOptions(AccessScope scope, @PathVariable long id, @RequestParam(required = false) String q,
                         Model model) {
        OrgUnitView org = orgs.get(scope, id);
        model.addAttribute("options", orgs.search(scope, new OrgUnitQuery(q, null, null, false),
                        PageRequest.of(1, 100)).items().stream()
                .filter(o -> !o.path().startsWith(org.path()) && org.type().allowedParents().contains(o.type()))
                .toList());
        return "org/show :: parentOptions";
    }

    @PostMapping("/orgs/{id}/dissolve")
    String dissolve(AccessScope scope, @PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dissolvedOn,
                    @RequestParam(required = false) String reason, @RequestParam int version,
                    RedirectAttributes redirect) {
        try {
            orgs.dissolve(scope, id, dissolvedOn, reason, version);
            redirect.addFlashAttribute("notice", "已撤销");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/orgs/" + id;
    }

    @GetMapping("/orgs/{id}/terms/new")
    String termForm(AccessScope scope, @PathVariable long id, Model model) {
        OrgUnitView org = orgs.get(scope, id);
        TermForm form = new TermForm();
        int next = committees.history(scope, id).stream().mapToInt(t -> t.termNumber()).max().orElse(0) + 1;
        form.setTermNumber(next);
        form.setFormation(TermFormation.ELECTED);
        return termForm(model, org, form);
    }

    @PostMapping("/orgs/{id}/terms")
    String recordTerm(AccessScope scope, @PathVariable long id, @ModelAttribute("form") TermForm form, Model model,
                      RedirectAttributes redirect) {
        List<NewTerm.Assignment> posts = new ArrayList<>();
        for (int i = 0; i < form.getPost().size(); i++) {
            Long member = i < form.getMemberId().size() ? form.getMemberId().get(i) : null;
            CommitteePost post = form.getPost().get(i);
            if (member != null && post != null) {
                posts.add(new NewTerm.Assignment(post, member));
            }
        }
        try {
            committees.recordTerm(scope, id, new NewTerm(form.getTermNumber() == null ? 0 : form.getTermNumber(),
                    form.getStartedOn(), form.getDueEndOn(), form.getFormation(), posts));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return termForm(model, orgs.get(scope, id), form);
        }
        redirect.addFlashAttribute("notice", "已登记第" + form.getTermNumber() + "届班子");
        return "redirect:/orgs/" + id;
    }

    private String form(Model model, OrgForm form) {
        model.addAttribute("form", form);
        model.addAttribute("types", OrgType.values());
        model.addAttribute("units", units.list());
        return "org/form";
    }

    private String termForm(Model model, OrgUnitView org, TermForm form) {
        model.addAttribute("org", org);
        model.addAttribute("form", form);
        model.addAttribute("posts", CommitteePost.values());
        model.addAttribute("formations", TermFormation.values());
        return "org/term-form";
    }
}
