package cn.dangjian.duty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.duty.InspectionKind;
import cn.dangjian.duty.InspectionView;
import cn.dangjian.duty.Inspections;
import cn.dangjian.duty.RecordInspection;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
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
 * 巡视巡察整改 pages: the subtree's inspections with their open items, the form that records a feedback with its
 * problem list (rows left empty are ignored), and one inspection's 整改台账 with each side's steps.
 */
@Controller
class InspectionPageController {

    /** How many problem rows the form offers; more are added on the inspection's page. */
    static final int ROWS = 8;

    private final Inspections inspections;
    private final PageOrg pageOrg;
    private final Clock clock;
    private final cn.dangjian.life.Rectifications lifeItems;
    private final cn.dangjian.duty.InspectionDocuments documents;

    InspectionPageController(Inspections inspections, PageOrg pageOrg, Clock clock,
                             cn.dangjian.life.Rectifications lifeItems, cn.dangjian.duty.InspectionDocuments documents) {
        this.lifeItems = lifeItems;
        this.documents = documents;
        this.inspections = inspections;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/inspections")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        model.addAttribute("org", org);
        model.addAttribute("rows", inspections.list(scope, org.id()));
        // what is still to be fixed includes the items the 组织生活会 decided (kept by the life module)
        model.addAttribute("lifeItems", scope.can(Permission.LIFE_VIEW) ? lifeItems.ofOrg(scope, org.id(), true) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canRecord", scope.can(Permission.DUTY_REPORT));
        return "duty/inspections";
    }

    @GetMapping("/inspections/new")
    String form(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        return form(scope, pageOrg.of(scope, orgId, model.getAttribute("homeOrg")), new LinkedMultiValueMap<>(),
                List.of(), model);
    }

    @PostMapping("/inspections")
    String record(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long orgId = in.id("orgId", "被检查党组织");
        if (orgId == null) {
            throw new NotFoundException("党组织不存在");
        }
        OrgUnitRef org = pageOrg.of(scope, orgId, null);
        List<RecordInspection.NewItem> items = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            items.add(item(in, "items[" + i + "].", "第" + (i + 1) + "个问题的"));
        }
        RecordInspection cmd = new RecordInspection(org.id(), in.choice(InspectionKind.class, "kind", "检查类别"),
                in.text("team"), in.date("feedbackOn", "反馈日期"), items);
        try {
            in.check();
            long id = inspections.record(scope, cmd);
            redirect.addFlashAttribute("notice", "已登记反馈意见和问题清单");
            return "redirect:/inspections/" + id;
        } catch (InvalidInputException e) {
            return form(scope, org, params, e.problems(), model);
        }
    }

    @GetMapping("/inspections/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(inspections.get(scope, id), new LinkedMultiValueMap<>(), List.of(), model);
    }

    @GetMapping("/inspections/{id}/report.{format:pdf|docx}")
    org.springframework.http.ResponseEntity<byte[]> report(AccessScope scope, @PathVariable long id,
                                                           @PathVariable String format) {
        return DocumentDownload.of(documents.report(scope, id, "pdf".equals(format)));
    }

    @GetMapping("/inspections/{id}/ledger.{format:pdf|docx}")
    org.springframework.http.ResponseEntity<byte[]> ledger(AccessScope scope, @PathVariable long id,
                                                           @PathVariable String format) {
        return DocumentDownload.of(documents.ledger(scope, id, "pdf".equals(format)));
    }

    @PostMapping("/inspections/{id}/{step}")
    String step(AccessScope scope, @PathVariable long id, @PathVariable String step,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        InspectionView view = inspections.get(scope, id); // 404 outside the line, before any version is compared
        PostedForm in = new PostedForm(params);
        Integer version = in.integer("version", "版本");
        Long itemId = in.id("itemId", "整改事项");
        if (itemId == null && List.of("done", "close", "return").contains(step)) {
            throw new NotFoundException("整改事项不存在");
        }
        LocalDate on = in.date("on", "报送日期");
        RecordInspection.NewItem added = "item".equals(step) ? item(in, "", "") : null;
        try {
            in.check();
            String done = switch (step) {
                case "item" -> run(() -> inspections.addItem(scope, id, added), "已补充问题");
                case "done" -> run(() -> inspections.itemDone(scope, id, itemId, in.text("note"), version), "已报告整改完成");
                case "close" -> run(() -> inspections.itemClose(scope, id, itemId, in.text("note"), version), "已审核销号");
                case "return" -> run(() -> inspections.itemReturn(scope, id, itemId, in.text("reason"), version), "已退回整改");
                case "report" -> run(() -> inspections.reportSent(scope, id, false, on, version), "已登记整改情况报告报送");
                case "leader-report" -> run(() -> inspections.reportSent(scope, id, true, on, version),
                        "已登记主要负责人组织落实情况报告报送");
                default -> throw new NotFoundException("页面不存在");
            };
            redirect.addFlashAttribute("notice", done);
            return "redirect:/inspections/" + id;
        } catch (InvalidInputException e) {
            return show(view, params, e.problems(), model);
        }
    }

    private static RecordInspection.NewItem item(PostedForm in, String prefix, String label) {
        return new RecordInspection.NewItem(in.text(prefix + "problem"), in.text(prefix + "measures"),
                in.date(prefix + "deadline", label + "整改时限"), in.text(prefix + "owner"), in.text(prefix + "leader"),
                in.checked(prefix + "immediate"));
    }

    private static String run(Runnable step, String notice) {
        step.run();
        return notice;
    }

    private String show(InspectionView view, MultiValueMap<String, String> values, List<FieldProblem> problems,
                        Model model) {
        model.addAttribute("v", view);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "duty/inspection";
    }

    private String form(AccessScope scope, OrgUnitRef org, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        scope.require(Permission.DUTY_REPORT);
        model.addAttribute("org", org);
        model.addAttribute("kinds", InspectionKind.recorded());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "duty/inspection-new";
    }
}
