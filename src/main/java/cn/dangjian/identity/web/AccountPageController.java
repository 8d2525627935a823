package cn.dangjian.identity.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.identity.AccountAdministration;
import cn.dangjian.identity.AccountView;
import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.identity.RoleAssignment;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ExcelList;
import cn.dangjian.shared.InMemoryList;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.ListRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.PersonalDataExport;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.XlsxFile;
import jakarta.servlet.http.HttpServletRequest;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 for the 系统管理员 (open, disable, enable accounts, reset ordinary passwords) and the 安全管理员
 * (roles and data scopes, unlocking, privileged accounts). What each may do is decided by the facades.
 */
@Controller
class AccountPageController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final OrgUnits orgs;
    private final Clock clock;

    AccountPageController(Accounts accounts, AccountAdministration administration, OrgUnits orgs, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.administration = administration;
        this.orgs = orgs;
    }

    /** The columns the list may be sorted by. */
    private static final Map<String, Comparator<AccountView>> COLUMNS = Map.of(
            "username", Comparator.comparing(AccountView::username),
            "displayName", Comparator.comparing(AccountView::displayName, Collator.getInstance(Locale.CHINA)),
            "role", Comparator.comparing(AccountView::roleName, Collator.getInstance(Locale.CHINA)),
            "status", Comparator.comparing(AccountPageController::status),
            "lastLogin", Comparator.comparing(AccountView::lastLoginAt, Comparator.nullsFirst(Comparator.naturalOrder())));

    @GetMapping("/accounts")
    String list(AccessScope scope, @ModelAttribute Filters filters, HttpServletRequest request, Model model) {
        ListRequest asked = ListRequest.of(filters.page(), filters.size(), filters.sort(), filters.dir());
        PageResult<AccountView> result = InMemoryList.page(filtered(scope, filters), asked.sort(), COLUMNS,
                AccountView::id, asked.page());
        Map<Long, String> orgNames = new HashMap<>();
        orgs.refsInScope(scope, result.items().stream().map(AccountView::orgId).filter(Objects::nonNull).distinct().toList())
                .forEach(o -> orgNames.put(o.id(), o.name()));
        model.addAttribute("result", result);
        model.addAttribute("accounts", result.items());
        model.addAttribute("filters", filters);
        model.addAttribute("q", filters.keyword());
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("list", ListLinks.of("/accounts", request == null ? null : request.getQueryString(),
                "/accounts/export.xlsx"));
        model.addAttribute("grantable", accounts.grantableRoles(scope));
        model.addAttribute("roles", accounts.roles(scope));
        return "identity/accounts";
    }

    /** The filtered, sorted list as Excel: the same accounts the page shows, across all its pages. */
    @PersonalDataExport("用户名单")
    @GetMapping("/accounts/export.xlsx")
    @ResponseBody
    XlsxFile export(AccessScope scope, @ModelAttribute Filters filters) {
        List<AccountView> rows = InMemoryList.sorted(filtered(scope, filters),
                SortOrder.parse(filters.sort(), filters.dir()), COLUMNS, AccountView::id);
        Map<Long, String> orgNames = new HashMap<>();
        orgs.refsInScope(scope, rows.stream().map(AccountView::orgId).filter(Objects::nonNull).distinct().toList())
                .forEach(o -> orgNames.put(o.id(), o.name()));
        return ExcelList.<AccountView>titled("用户")
                .column("用户名", AccountView::username)
                .column("姓名", AccountView::displayName)
                .column("角色", AccountView::roleName)
                .column("数据范围", a -> a.scopeLevel().label())
                .column("所在组织", a -> a.orgId() == null ? null : orgNames.get(a.orgId()))
                .column("状态", AccountPageController::status)
                .column("最近登录", a -> a.lastLoginAt() == null ? null
                        : TIME.format(a.lastLoginAt().atZone(ZoneId.of("Asia/Shanghai"))))
                .download(LocalDate.now(clock), p -> InMemoryList.page(rows, null, COLUMNS, AccountView::id, p));
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private List<AccountView> filtered(AccessScope scope, Filters filters) {
        String keyword = filters.keyword();
        return accounts.list(scope).stream()
                .filter(a -> keyword == null || a.username().contains(keyword) || a.displayName().contains(keyword))
                .filter(a -> filters.role() == null || filters.role().isBlank() || a.roleCode().equals(filters.role()))
                .filter(a -> filters.status() == null || filters.status().isBlank() || status(a).equals(filters.status()))
                .toList();
    }

    /** 正常, 停用, 已锁定 or 待改初始密码: what the 状态 column and its filter show. */
    static String status(AccountView a) {
        return a.locked() ? "已锁定" : !a.enabled() ? "停用" : a.passwordChangeRequired() ? "待改初始密码" : "正常";
    }

    /** The list's filters and paging, as GET parameters. */
    record Filters(String q, String role, String status, Integer page, Integer size, String sort, String dir) {

        String keyword() {
            return q == null || q.isBlank() ? null : q.strip();
        }
    }

    @PostMapping("/accounts")
    String create(AccessScope scope, @RequestParam String username, @RequestParam String password,
                  @RequestParam String displayName, @RequestParam String roleCode,
                  @RequestParam(required = false) Long orgId, @RequestParam(required = false) Long memberId,
                  Model model, RedirectAttributes redirect) {
        return act(scope, model, redirect, "已开设账号 " + username + "（首次登录须修改密码）",
                () -> accounts.create(scope, new NewAccount(username, password, displayName, roleCode, orgId, memberId,
                        List.of())));
    }

    @PostMapping("/accounts/{id}/role")
    String assign(AccessScope scope, @PathVariable long id, @RequestParam String roleCode,
                  @RequestParam(required = false) Long orgId, @RequestParam(required = false) Long memberId,
                  @RequestParam(required = false) String customOrgIds, Model model, RedirectAttributes redirect) {
        return act(scope, model, redirect, "已分配角色和数据范围",
                () -> administration.assign(scope, id, new RoleAssignment(roleCode, orgId, memberId, ids(customOrgIds))));
    }

    @PostMapping("/accounts/{id}/enabled")
    String enable(AccessScope scope, @PathVariable long id, @RequestParam boolean enabled, Model model,
                  RedirectAttributes redirect) {
        return act(scope, model, redirect, enabled ? "已启用账号" : "已停用账号",
                () -> administration.setEnabled(scope, id, enabled));
    }

    @PostMapping("/accounts/{id}/password")
    String reset(AccessScope scope, @PathVariable long id, @RequestParam String password, Model model,
                 RedirectAttributes redirect) {
        return act(scope, model, redirect, "已重置密码（该用户下次登录须修改密码）",
                () -> administration.resetPassword(scope, id, password));
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(AccessScope scope, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(scope, model, redirect, "已解锁账号", () -> administration.unlock(scope, id));
    }

    private String act(AccessScope scope, Model model, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return list(scope, EMPTY, null, model);
        } catch (ForbiddenException e) {
            model.addAttribute("refusal", e.getMessage());
            return list(scope, EMPTY, null, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/accounts";
    }

    private static final Filters EMPTY = new Filters(null, null, null, null, null, null, null);

    private static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("customOrgIds", "自定义范围",
                    "请填写党组织编号，用逗号分隔")));
        }
    }
}
