package cn.dangjian.parameters.web;

import java.time.LocalDate;

import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.ChangeParameter;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 规则参数: the values in force for the platform or one organization, where each comes from, and the form that
 * sets one from a date. A refused change re-renders the page with what was typed and the message.
 */
@Controller
class ParameterPageController {

    private final RuleParameters parameters;
    private final OrgUnits orgs;

    ParameterPageController(RuleParameters parameters, OrgUnits orgs) {
        this.parameters = parameters;
        this.orgs = orgs;
    }

    @GetMapping("/parameters")
    String page(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        if (orgId == null && scope.level() != ScopeLevel.ALL && !scope.anchorOrgIds().isEmpty()) {
            return "redirect:/parameters?orgId=" + scope.anchorOrgIds().get(0);
        }
        model.addAttribute("org", orgId == null ? null : orgs.get(scope, orgId));
        model.addAttribute("platform", orgId == null);
        model.addAttribute("parameters", parameters.list(scope, orgId));
        model.addAttribute("canSetPlatform", scope.level() == ScopeLevel.ALL);
        return "parameters/list";
    }

    @PostMapping("/parameters")
    String change(AccessScope scope, @RequestParam String key, @RequestParam(required = false) Long orgId,
                  @RequestParam(required = false) String value, @RequestParam(defaultValue = "false") boolean withdraw,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            parameters.change(scope, new ChangeParameter(key, orgId, withdraw ? null : value, effectiveFrom, reason));
        } catch (InvalidInputException | ForbiddenException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("failedKey", key);
            model.addAttribute("typedValue", value);
            model.addAttribute("typedFrom", effectiveFrom);
            model.addAttribute("typedReason", reason);
            return page(scope, orgId, model);
        }
        redirect.addFlashAttribute("notice", withdraw ? "已恢复上级设置" : "参数已保存，自 "
                + (effectiveFrom == null ? "今天" : effectiveFrom.toString()) + " 起生效");
        return "redirect:/parameters" + (orgId == null ? "" : "?orgId=" + orgId) + "#" + key;
    }
}
