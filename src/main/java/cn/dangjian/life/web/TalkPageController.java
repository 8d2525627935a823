package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.Talks;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 谈心谈话: the branch's talks this year, what ZB-15 still expects, and a form to record one. */
@Controller
class TalkPageController {

    private final Talks talks;
    private final Members members;
    private final OrgUnits orgs;
    private final Clock clock;

    TalkPageController(Talks talks, Members members, OrgUnits orgs, Clock clock) {
        this.clock = clock;
        this.talks = talks;
        this.members = members;
        this.orgs = orgs;
    }

    @GetMapping("/talks")
    String page(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("year", y);
        model.addAttribute("talks", talks.list(scope, orgId, y));
        model.addAttribute("coverage", talks.coverage(scope, orgId, y));
        model.addAttribute("roster", members.roster(scope, orgId));
        return "life/talks";
    }

    @PostMapping("/talks")
    String record(AccessScope scope, @RequestParam long orgId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate talkedOn,
                  @RequestParam(required = false) Long initiatorId, @RequestParam(required = false) Long partnerId,
                  @RequestParam(required = false) String topic, @RequestParam(required = false) String followUp,
                  RedirectAttributes redirect) {
        try {
            talks.record(scope, new RecordTalk(orgId, talkedOn, initiatorId == null ? 0 : initiatorId,
                    partnerId == null ? 0 : partnerId, topic, followUp));
            redirect.addFlashAttribute("notice", "已记录谈心谈话");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("draftTopic", topic);
            redirect.addFlashAttribute("draftFollowUp", followUp);
        }
        return "redirect:/talks?orgId=" + orgId;
    }
}
