package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.life.CriticismNote;
import cn.dangjian.life.CriticismNotes;
import cn.dangjian.life.MeetingDocuments;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.MeetingPlans;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.Rectifications;
import cn.dangjian.life.schedule.ItemState;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The branch's plan, its meetings and a meeting's record; the recording form is {@link MeetingFormController}. */
@Controller
class MeetingPageController {

    private final Meetings meetings;
    private final MeetingPlans plans;
    private final MeetingDocuments documents;
    private final OrgUnits orgs;
    private final Rectifications rectifications;
    private final CriticismNotes criticismNotes;
    private final Clock clock;

    MeetingPageController(Meetings meetings, MeetingPlans plans,
                          MeetingDocuments documents, OrgUnits orgs,
                          Rectifications rectifications, CriticismNotes criticismNotes,
                          Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.rectifications = rectifications;
        this.criticismNotes = criticismNotes;
        this.meetings = meetings;
        this.documents = documents;
        this.orgs = orgs;
    }

    /** The branch's 三会一课台账 for a year or a quarter, as Word or PDF, generated from its meetings. */
    @cn.dangjian.shared.PersonalDataExport("三会一课台账")
    @GetMapping("/meetings/ledger.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> ledger(AccessScope scope, @RequestParam long orgId,
                                                           @RequestParam int year,
                                                           @RequestParam(required = false) Integer quarter,
                                                           @PathVariable String format) {
        boolean pdf = format.equals("pdf");
        String name = year + (quarter == null ? "年" : "年第" + quarter + "季度") + "三会一课台账." + format;
        return DocumentResponses.attachment(documents.ledger(scope, orgId, year, quarter, pdf), name, pdf);
    }

    /** The meeting record or the attendance sheet as a Word document or PDF, generated from the record. */
    @cn.dangjian.shared.PersonalDataExport("会议记录或签到表")
    @GetMapping("/meetings/{id}/{document:record|attendance}.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> download(AccessScope scope, @PathVariable long id,
                                                             @PathVariable String document, @PathVariable String format) {
        boolean pdf = format.equals("pdf");
        byte[] body = document.equals("record")
                ? (pdf ? documents.recordPdf(scope, id) : documents.recordDocx(scope, id))
                : (pdf ? documents.attendancePdf(scope, id) : documents.attendanceDocx(scope, id));
        return DocumentResponses.attachment(body,
                documents.fileName(scope, id, document.equals("record") ? "记录" : "签到表", format), pdf);
    }

    @GetMapping("/meetings/plan")
    String plan(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Integer year,
                Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Schedule plan = plans.plan(scope, orgId, y);
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("plan", plan);
        model.addAttribute("year", y);
        model.addAttribute("rectifications", rectifications.ofOrg(scope, orgId, true));
        model.addAttribute("attention", plan.items().stream()
                .filter(i -> i.state() == ItemState.OVERDUE || i.state() == ItemState.DUE).toList());
        return "life/plan";
    }

    @GetMapping("/meetings/mine")
    String mine(AccessScope scope, Model model) {
        model.addAttribute("mine", meetings.mine(scope));
        return "life/mine";
    }

    @GetMapping("/meetings/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(scope, id, model, null, false);
    }

    /** Saves the 批评与自我批评 typed on a 组织生活会's page; a refused save shows the page again with what was typed. */
    @PostMapping("/meetings/{id}/criticism-notes")
    String recordCriticism(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                           Model model, RedirectAttributes redirect) {
        try {
            criticismNotes.record(scope, id, CriticismForm.read(params));
            redirect.addFlashAttribute("notice", "已保存批评与自我批评");
            return "redirect:/meetings/" + id + "#criticism";
        } catch (InvalidInputException e) {
            model.addAttribute("criticismProblems", e.problems());
            return show(scope, id, model, params, false);
        } catch (ConflictException e) {
            model.addAttribute("criticismError", e.getMessage());
            return show(scope, id, model, params, true);
        }
    }

    private String show(AccessScope scope, long id, Model model, MultiValueMap<String, String> typed,
                        boolean conflict) {
        MeetingView meeting = meetings.get(scope, id);
        model.addAttribute("meeting", meeting);
        if (meeting.type() == MeetingType.ORG_LIFE_MEETING) {
            model.addAttribute("rectifications", rectifications.ofMeeting(scope, id));
            model.addAttribute("today", LocalDate.now(clock));
            List<CriticismNote> notes = criticismNotes.ofMeeting(scope, id);
            model.addAttribute("criticismNotes", notes);
            model.addAttribute("criticismRows", CriticismForm.rows(meeting, notes, typed, conflict));
        }
        return "life/meeting";
    }
}
