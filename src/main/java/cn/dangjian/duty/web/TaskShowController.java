package cn.dangjian.duty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.duty.AssignmentState;
import cn.dangjian.duty.AssignmentView;
import cn.dangjian.duty.TaskAssignments;
import cn.dangjian.duty.TaskData;
import cn.dangjian.duty.TaskView;
import cn.dangjian.duty.Tasks;
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
 * One supervised task: the 督办通知单's content, its parts as the caller may see them, and the steps the caller's
 * side may take on each part now — progress, extension and report for the assignee; reminder, extension decision,
 * return and 销号 for the issuer — with the generated figures shown before a report is sent.
 */
@Controller
class TaskShowController {

    private final Tasks tasks;
    private final TaskAssignments parts;
    private final Clock clock;

    TaskShowController(Tasks tasks, TaskAssignments parts, Clock clock) {
        this.tasks = tasks;
        this.parts = parts;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(scope, tasks.get(scope, id), null, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @GetMapping("/tasks/{id}/notice.{format:pdf|docx}")
    org.springframework.http.ResponseEntity<byte[]> notice(AccessScope scope, @PathVariable long id,
                                                           @PathVariable String format) {
        return DocumentDownload.of(tasks.notice(scope, id, "pdf".equals(format)));
    }

    @PostMapping("/tasks/{id}/withdraw")
    String withdraw(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                    RedirectAttributes redirect) {
        tasks.get(scope, id); // 404 outside both sides, before the version is compared
        PostedForm in = new PostedForm(params);
        Integer version = in.integer("version", "版本");
        in.check();
        tasks.withdraw(scope, id, version);
        redirect.addFlashAttribute("notice", "已撤销");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{taskId}/parts/{id}/{step}")
    String step(AccessScope scope, @PathVariable long taskId, @PathVariable long id, @PathVariable String step,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        TaskView task = tasks.get(scope, taskId);
        if (task.assignments().stream().noneMatch(a -> a.id() == id)) {
            throw new NotFoundException("督办事项不存在");
        }
        PostedForm in = new PostedForm(params);
        Integer version = in.integer("version", "版本");
        LocalDate until = "extension".equals(step) ? in.date("until", "延期至") : null;
        try {
            in.check();
            String done = switch (step) {
                case "progress" -> run(() -> parts.progress(scope, id, in.text("note"), version), "已登记进展");
                case "extension" -> run(() -> parts.requestExtension(scope, id, until, in.text("reason"), version),
                        "已申请延期，等待交办党组织审核");
                case "report" -> run(() -> parts.report(scope, id, in.text("text"), version), "已反馈，等待交办党组织审核销号");
                case "remind" -> run(() -> parts.remind(scope, id, in.text("note"), version), "已催办");
                case "grant" -> run(() -> parts.decideExtension(scope, id, true, in.text("note"), version), "已同意延期");
                case "refuse" -> run(() -> parts.decideExtension(scope, id, false, in.text("note"), version),
                        "已不同意延期");
                case "return" -> run(() -> parts.sendBack(scope, id, in.text("reason"), version), "已退回，承办党组织重新办理");
                case "close" -> run(() -> parts.close(scope, id, in.text("note"), version), "已审核销号");
                default -> throw new NotFoundException("页面不存在");
            };
            redirect.addFlashAttribute("notice", done);
            return "redirect:/tasks/" + taskId;
        } catch (InvalidInputException e) {
            return show(scope, task, id, params, e.problems(), model);
        }
    }

    private static String run(Runnable step, String notice) {
        step.run();
        return notice;
    }

    private String show(AccessScope scope, TaskView task, Long failedPart, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> previews = new HashMap<>();
        if (!task.asIssuer() && task.data() != TaskData.NONE && scope.can(Permission.DUTY_REPORT)) {
            for (AssignmentView a : task.assignments()) {
                if (a.detailed() && a.state() == AssignmentState.IN_PROGRESS) {
                    previews.put(a.id(), parts.previewFigures(scope, a.id(), a.version()));
                }
            }
        }
        model.addAttribute("t", task);
        model.addAttribute("previews", previews);
        model.addAttribute("failedPart", failedPart);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", today);
        return "duty/task";
    }
}
