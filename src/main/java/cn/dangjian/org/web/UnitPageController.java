package cn.dangjian.org.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.dangjian.org.NewUnit;
import cn.dangjian.org.UnitCategory;
import cn.dangjian.org.UnitChanges;
import cn.dangjian.org.UnitView;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 单位 pages: the list (search, paging) and the forms that add and edit a unit. */
@Controller
class UnitPageController {

    private final Units units;

    UnitPageController(Units units) {
        this.units = units;
    }

    @GetMapping("/units")
    String list(AccessScope scope, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("results", units.search(scope, q, PageRequest.of(page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("pageUrl", "/units?q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8)
                + "&page=PAGE");
        return "org/units";
    }

    @GetMapping("/units/new")
    String newForm(AccessScope scope, Model model) {
        scope.require(Permission.ORG_EDIT);
        return form(model, new UnitForm());
    }

    @PostMapping("/units")
    String create(AccessScope scope, @ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
        try {
            units.create(scope, new NewUnit(form.getName(), form.getCategory()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return form(model, form);
        }
        redirect.addFlashAttribute("notice", "已新增单位“" + form.getName().strip() + "”");
        return "redirect:/units?q=" + URLEncoder.encode(form.getName().strip(), StandardCharsets.UTF_8);
    }

    @GetMapping("/units/{id}/edit")
    String editForm(AccessScope scope, @PathVariable long id, Model model) {
        scope.require(Permission.ORG_EDIT);
        UnitView unit = units.get(scope, id);
        UnitForm form = new UnitForm();
        form.setId(id);
        form.setName(unit.name());
        form.setCategory(unit.category());
        form.setVersion(unit.version());
        return form(model, form);
    }

    @PostMapping("/units/{id}")
    String update(AccessScope scope, @PathVariable long id, @ModelAttribute("form") UnitForm form, Model model,
                  RedirectAttributes redirect) {
        form.setId(id);
        try {
            units.update(scope, id, new UnitChanges(form.getName(), form.getCategory(), form.getVersion()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return form(model, form);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/units?q=" + URLEncoder.encode(form.getName().strip(), StandardCharsets.UTF_8);
    }

    private String form(Model model, UnitForm form) {
        model.addAttribute("form", form);
        model.addAttribute("categories", UnitCategory.values());
        return "org/unit-form";
    }
}
