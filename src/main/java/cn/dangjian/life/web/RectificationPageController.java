package cn.dangjian.life.web;

import java.time.LocalDate;

import cn.dangjian.life.Rectifications;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding rectification items to a 组织生活会 and marking them done. */
@Controller
class RectificationPageController {

    private final Rectifications rectifications;

    RectificationPageController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @PostMapping("/meetings/{id}/rectifications")
    String add(AccessScope scope, @PathVariable long id, @RequestParam(required = false) String problem,
               @RequestParam(required = false) String measure, @RequestParam(required = false) Long ownerId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
               RedirectAttributes redirect) {
        try {
            rectifications.add(scope, id, problem, measure, ownerId, dueOn);
            redirect.addFlashAttribute("notice", "已登记整改事项");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/rectifications/{id}/complete")
    String complete(AccessScope scope, @PathVariable long id, @RequestParam long meetingId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
                    @RequestParam(required = false) String note, @RequestParam int version,
                    RedirectAttributes redirect) {
        try {
            rectifications.complete(scope, id, doneOn, note, version);
            redirect.addFlashAttribute("notice", "已标记整改完成");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + meetingId;
    }
}
