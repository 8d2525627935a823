package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.SheetRow;
import cn.dangjian.org.OrgUnitRef;
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
 * 年初核定 (DF-17): the organization's roll for the year as one form — category and base per member, prefilled
 * from last year — written all or nothing; rows already assessed show the result and link to the member's page.
 */
@Controller
class AssessmentPageController {

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    private final DuesAssessments assessments;
    private final DuesPages pages;
    private final Clock clock;

    AssessmentPageController(DuesAssessments assessments, DuesPages pages, Clock clock) {
        this.assessments = assessments;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dues/assessments")
    String sheet(AccessScope scope, @RequestParam(required = false) Long orgId,
                 @RequestParam(required = false) Integer year, Model model) {
        OrgUnitRef org = pages.org(scope, orgId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return page(scope, org, y, null, List.of(), model);
    }

    @PostMapping("/dues/assessments")
    String assess(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        OrgUnitRef org = pages.org(scope, in.id("orgId", "党组织"));
        Integer year = in.integer("year", "年度");
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        // the rows typed: a row left without a category is not assessed now; indexes stay those of the form
        List<AssessMember> rows = new ArrayList<>();
        List<Integer> formIndex = new ArrayList<>();
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; params.containsKey("rows[" + i + "].memberId"); i++) {
            String p = "rows[" + i + "].";
            names.put(i, in.text(p + "name"));
            Long memberId = in.id(p + "memberId", "党员");
            DuesCategory category = in.choice(DuesCategory.class, p + "category", "人员类别");
            if (memberId == null || category == null) {
                continue;
            }
            rows.add(new AssessMember(memberId, y, null, category, in.text(p + "base"), in.text(p + "farmerAmount"),
                    null, null, null));
            formIndex.add(i);
        }
        if (rows.isEmpty() && !in.hasProblems()) {
            in.problem("rows", "核定", "请至少为一名党员选择人员类别并填写计算基数");
        }
        try {
            in.check();
        } catch (InvalidInputException e) {
            return page(scope, org, y, params, named(e.problems(), null, names), model);
        }
        try {
            int n = assessments.assessAll(scope, org.id(), y, rows);
            redirect.addFlashAttribute("notice", "已核定" + n + "名党员" + y + "年度的党费");
            return "redirect:/dues/assessments?orgId=" + org.id() + "&year=" + y;
        } catch (InvalidInputException e) {
            return page(scope, org, y, params, named(e.problems(), formIndex, names), model);
        }
    }

    /**
     * Problems on {@code rows[k].base} as the form's rows: field {@code rows[i].base} and a label naming the row
     * (第3行 张三 计算基数); {@code formIndex} maps the facade's list index to the form's (null: already the form's).
     */
    private static List<FieldProblem> named(List<FieldProblem> problems, List<Integer> formIndex, Map<Integer, String> names) {
        return problems.stream().map(p -> {
            Matcher m = ROW_FIELD.matcher(p.field());
            if (!m.matches()) {
                return p;
            }
            int k = Integer.parseInt(m.group(1));
            int i = formIndex == null || k >= formIndex.size() ? k : formIndex.get(k);
            String name = names.get(i);
            return new FieldProblem("rows[" + i + "]." + m.group(2),
                    "第" + (i + 1) + "行" + (name == null ? "" : " " + name) + " " + p.label(), p.message());
        }).toList();
    }

    private String page(AccessScope scope, OrgUnitRef org, int year, MultiValueMap<String, String> typed,
                        List<FieldProblem> problems, Model model) {
        List<SheetRow> sheet = assessments.sheet(scope, org.id(), year);
        MultiValueMap<String, String> values = typed != null ? typed : prefill(sheet);
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        model.addAttribute("sheet", sheet);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFields", problems.stream().map(FieldProblem::field).toList());
        model.addAttribute("categories", DuesCategory.values());
        model.addAttribute("canRecord", scope.can(Permission.DUES_RECORD));
        model.addAttribute("pending", sheet.stream().filter(r -> !r.assessed()).count());
        model.addAttribute("annual", AssessmentKind.ANNUAL);
        return "dues/assessments";
    }

    /** Last year's category and base for each row not yet assessed (the 核定 usually only confirms them). */
    private static MultiValueMap<String, String> prefill(List<SheetRow> sheet) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (int i = 0; i < sheet.size(); i++) {
            SheetRow r = sheet.get(i);
            if (r.previous() != null) {
                var c = r.previous().calculation();
                values.add("rows[" + i + "].category", c.category().name());
                values.add("rows[" + i + "].base", c.base() == null ? "" : c.base().toString());
                if (c.category() == DuesCategory.FARMER) {
                    values.add("rows[" + i + "].farmerAmount", c.monthly().toString());
                }
            }
        }
        return values;
    }
}
