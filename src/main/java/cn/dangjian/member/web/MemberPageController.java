package cn.dangjian.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.member.AgeBand;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.ListRequest;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member pages: the filtered roster, a member's record and history, and the forms that change it. */
@Controller
class MemberPageController {

    private final Members members;
    private final OrgUnits orgs;
    private final Units units;
    private final Clock clock;

    MemberPageController(Members members, OrgUnits orgs, Units units, Clock clock) {
        this.clock = clock;
        this.members = members;
        this.orgs = orgs;
        this.units = units;
    }

    @GetMapping("/members")
    String list(AccessScope scope, @ModelAttribute("query") MemberQuery query,
                @RequestParam(name = "_subtree", required = false) String subtreeMarker,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletRequest request, Model model) {
        MemberQuery filters = query.withSubtree(ListRequest.subtree(query.subtree(), subtreeMarker));
        ListRequest asked = ListRequest.of(page, size, sort, dir);
        PageResult<MemberRow> result = members.list(scope, filters, asked.page(), asked.sort());
        model.addAttribute("query", filters);
        model.addAttribute("result", result);
        model.addAttribute("list", ListLinks.of("/members", request.getQueryString(), "/members/export"));
        if (query.orgId() != null) {
            model.addAttribute("org", orgs.get(scope, query.orgId()));
        }
        addChoices(model);
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("statuses", MembershipStatus.values());
        return "member/list";
    }

    @GetMapping("/members/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        MemberView member = members.get(scope, id);
        model.addAttribute("member", member);
        model.addAttribute("history", members.history(scope, id));
        model.addAttribute("changeTypes", List.of(StatusChangeType.values()).stream()
                .filter(StatusChangeType::recordedByHand)
                .filter(t -> t.allowedFrom().contains(member.status()))
                .filter(t -> t != StatusChangeType.CONFIRM || member.kind() == MemberKind.PROBATIONARY)
                .filter(t -> t != StatusChangeType.LOST_CONTACT || !member.lostContact())
                .filter(t -> t != StatusChangeType.CONTACT_RESTORED || member.lostContact())
                .toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("partyStanding", member.partyStandingOn(LocalDate.now(clock)));
        return "member/show";
    }

    @GetMapping("/members/new")
    String newForm(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        MemberFormData form = new MemberFormData();
        form.setOrgId(orgId);
        form.setKind(MemberKind.FULL);
        return form(scope, model, form);
    }

    @PostMapping("/members")
    String create(AccessScope scope, @ModelAttribute("form") MemberFormData form, Model model,
                  RedirectAttributes redirect) {
        try {
            long id = members.create(scope, form.toForm());
            redirect.addFlashAttribute("notice", "已新增党员“" + form.getName().strip() + "”");
            return "redirect:/members/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return form(scope, model, form);
        }
    }

    @GetMapping("/members/{id}/edit")
    String editForm(AccessScope scope, @PathVariable long id, Model model) {
        return form(scope, model, MemberFormData.of(members.get(scope, id)));
    }

    @PostMapping("/members/{id}")
    String update(AccessScope scope, @PathVariable long id, @ModelAttribute("form") MemberFormData form, Model model,
                  RedirectAttributes redirect) {
        form.setId(id);
        try {
            members.update(scope, id, form.toForm(), form.getVersion());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return form(scope, model, form);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/members/" + id;
    }

    @PostMapping("/members/{id}/status")
    String changeStatus(AccessScope scope, @PathVariable long id, @RequestParam(required = false) StatusChangeType type,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                        @RequestParam(required = false) String reason, @RequestParam int version,
                        RedirectAttributes redirect) {
        try {
            members.changeStatus(scope, id, new StatusChange(type, effectiveOn, reason, version));
            redirect.addFlashAttribute("notice", "已登记“" + type.label() + "”");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("draftReason", reason);
        }
        return "redirect:/members/" + id;
    }

    /** {@code <option>}s of the members of an organization's subtree, for pickers such as committee posts. */
    @GetMapping("/members/picker")
    String picker(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Long selected,
                  Model model) {
        model.addAttribute("options", members.list(scope, MemberQuery.ofOrg(orgId), new PageRequest(1, 500)).items());
        model.addAttribute("selected", selected);
        return "member/picker :: options";
    }

    /** {@code <option>}s of the 党小组 of an organization. */
    @GetMapping("/members/group-options")
    String groupOptions(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        model.addAttribute("groups", orgId == null ? List.of() : orgs.children(scope, orgId, false).stream()
                .filter(o -> o.type() == OrgType.PARTY_GROUP).toList());
        return "member/picker :: groups";
    }

    private String form(AccessScope scope, Model model, MemberFormData form) {
        model.addAttribute("form", form);
        List<OrgUnitNode> holding = orgs.search(scope, OrgUnitQuery.all(), new PageRequest(1, PageRequest.MAX_SIZE))
                .items().stream().filter(o -> o.type().holdsMembers()).toList();
        model.addAttribute("orgChoices", holding);
        model.addAttribute("groups", form.getOrgId() == null ? List.of() : orgs.children(scope, form.getOrgId(), false)
                .stream().filter(o -> o.type() == OrgType.PARTY_GROUP).toList());
        model.addAttribute("units", units.list());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("degrees", Degree.values());
        addChoices(model);
        return "member/form";
    }

    private static void addChoices(Model model) {
        model.addAttribute("kinds", MemberKind.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educations", EducationLevel.values());
    }
}
