package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.life.CriticismNote;
import cn.dangjian.life.CriticismNotes;
import cn.dangjian.life.MeetingDocuments;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingRollup;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.MeetingPlans;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.Rectifications;
import cn.dangjian.life.schedule.ItemState;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The branch's plan, its meetings, the recording form and a meeting's record. */
@Controller
class MeetingPageController {

    private final Meetings meetings;
    private final MeetingPlans plans;
    private final MeetingStatistics statistics;
    private final MeetingDocuments documents;
    private final OrgUnits orgs;
    private final Rectifications rectifications;
    private final CriticismNotes criticismNotes;
    private final Clock clock;

    MeetingPageController(Meetings meetings, MeetingPlans plans, MeetingStatistics statistics,
                          MeetingDocuments documents, OrgUnits orgs,
                          Rectifications rectifications, CriticismNotes criticismNotes,
                          Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.statistics = statistics;
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

    /** Above this many organizations in the subtree, the per-branch month table gives way to drilling down. */
    static final int DETAILED_OVERVIEW_LIMIT = 400;

    @GetMapping("/meetings/overview")
    String overview(AccessScope scope, @RequestParam(required = false) Long orgId,
                    @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) Integer quarter,
                    @RequestParam(required = false) MeetingType type, Model model) {
        long root = orgId != null ? orgId : orgs.roots(scope).stream().findFirst()
                .orElseThrow(() -> new cn.dangjian.shared.NotFoundException("您的管理范围内没有党组织")).id();
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        int q = quarter != null ? quarter : y == today.getYear() ? (today.getMonthValue() + 2) / 3 : 0;
        MeetingType shown = type == null ? MeetingType.THEME_DAY : type;
        MeetingRollup rollup = statistics.rollup(scope, root, y, q);
        long subtree = orgs.search(scope, new OrgUnitQuery(null, null, root, false), new PageRequest(1, 1)).total();
        boolean detailed = subtree <= DETAILED_OVERVIEW_LIMIT;
        model.addAttribute("rollup", rollup);
        model.addAttribute("subtreeSize", subtree);
        model.addAttribute("detailed", detailed);
        model.addAttribute("overview", detailed ? statistics.overview(scope, root, y) : null);
        model.addAttribute("cadres", detailed ? statistics.cadres(scope, root, y) : List.of());
        model.addAttribute("type", shown);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("lastMonth", y < today.getYear() ? 12 : y > today.getYear() ? 0 : today.getMonthValue());
        return "life/overview";
    }

    @GetMapping("/meetings/mine")
    String mine(AccessScope scope, Model model) {
        model.addAttribute("mine", meetings.mine(scope));
        return "life/mine";
    }

    @GetMapping("/meetings/new")
    String form(AccessScope scope, @RequestParam long orgId, @RequestParam MeetingType type,
                @RequestParam(required = false) Long partyGroupId, Model model) {
        return form(model, meetings.draft(scope, orgId, type, partyGroupId), null, List.of());
    }

    @PostMapping("/meetings")
    String record(AccessScope scope, @RequestParam long orgId, @RequestParam MeetingType type,
                  @RequestParam(required = false) Long partyGroupId, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        MeetingDraft draft = meetings.draft(scope, orgId, type, partyGroupId);
        try {
            long id = meetings.record(scope, MeetingForm.read(draft, params));
            redirect.addFlashAttribute("notice", "已记录" + type.label());
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            return form(model, draft, params, e.problems());
        }
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

    private String form(Model model, MeetingDraft draft, MultiValueMap<String, String> values,
                        List<cn.dangjian.shared.FieldProblem> problems) {
        model.addAttribute("draft", draft);
        model.addAttribute("values", values == null ? new org.springframework.util.LinkedMultiValueMap<String, String>() : values);
        model.addAttribute("problems", problems);
        model.addAttribute("votes", draft.type() == MeetingType.BRANCH_ASSEMBLY || draft.type() == MeetingType.COMMITTEE_MEETING);
        model.addAttribute("statuses", cn.dangjian.life.AttendanceStatus.values());
        return "life/form";
    }
}
