package cn.dangjian.duty.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.AssignTask;
import cn.dangjian.duty.TaskData;
import cn.dangjian.duty.TaskQuery;
import cn.dangjian.duty.TaskSource;
import cn.dangjian.duty.TaskState;
import cn.dangjian.duty.Tasks;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督查督办 pages: the subtree's tasks (issued by it or given to it) with their parts counted, and the form that
 * registers and assigns one. One task with its parts and steps is {@link TaskShowController}.
 */
@Controller
class TaskPageController {

    private final Tasks tasks;
    private final PageOrg pageOrg;
    private final Clock clock;

    TaskPageController(Tasks tasks, PageOrg pageOrg, Clock clock) {
        this.tasks = tasks;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) TaskQuery.Direction direction,
                @RequestParam(required = false) TaskState state, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        model.addAttribute("org", org);
        model.addAttribute("result", tasks.list(scope, org.id(), new TaskQuery(direction, state, overdue, q),
                PageRequest.of(page, size)));
        model.addAttribute("list", ListLinks.of("/tasks", request.getQueryString(), null));
        model.addAttribute("directions", TaskQuery.Direction.values());
        model.addAttribute("states", TaskState.values());
        model.addAttribute("direction", direction);
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("q", q);
        model.addAttribute("canAssign", scope.can(Permission.DUTY_ASSIGN));
        return "duty/tasks";
    }

    @GetMapping("/tasks/new")
    String form(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        return form(scope, pageOrg.of(scope, orgId, model.getAttribute("homeOrg")), new LinkedMultiValueMap<>(),
                List.of(), model);
    }

    @PostMapping("/tasks")
    String assign(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long issuerId = in.id("issuerOrgId", "交办党组织");
        if (issuerId == null) {
            throw new NotFoundException("党组织不存在");
        }
        OrgUnitRef issuer = pageOrg.of(scope, issuerId, null);
        AssignTask cmd = new AssignTask(issuer.id(), in.text("title"), in.text("content"),
                in.choice(TaskSource.class, "source", "来源"), in.text("sourceNote"), in.text("criteria"),
                in.date("deadline", "办理期限"), in.ids("assigneeOrgIds", "承办党组织"), in.id("leadOrgId", "牵头党组织"),
                in.choice(TaskData.class, "data", "需报送的平台数据"), in.integer("reportYear", "数据年度"),
                in.integer("reportQuarter", "数据季度"), in.date("issuedOn", "交办日期"));
        try {
            in.check();
            long id = tasks.assign(scope, cmd);
            redirect.addFlashAttribute("notice", "已交办，承办党组织在待办事项中可以看到");
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException e) {
            return form(scope, issuer, params, e.problems(), model);
        }
    }

    private String form(AccessScope scope, OrgUnitRef issuer, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        scope.require(Permission.DUTY_ASSIGN);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("org", issuer);
        model.addAttribute("assignable", tasks.assignable(scope, issuer.id()));
        model.addAttribute("sources", TaskSource.values());
        model.addAttribute("kinds", TaskData.values());
        model.addAttribute("values", values);
        model.addAttribute("chosen", values.getOrDefault("assigneeOrgIds", List.of()));
        model.addAttribute("problems", problems);
        model.addAttribute("today", today);
        return "duty/task-new";
    }
}
