package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.dangjian.life.MeetingQuery;
import cn.dangjian.life.MeetingRow;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ExcelList;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.ListRequest;
import cn.dangjian.shared.PersonalDataExport;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.XlsxFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The meeting records list (the list pattern: organization picker with 含下级, keyword in the topic, held-date range,
 * sortable columns, page size, export). A 仅本人 member sees and exports only the meetings they were expected at; the
 * list shows no attendance details, so no colleague's leave reason can leave through it.
 */
@Controller
class MeetingListController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Meetings meetings;
    private final OrgUnits orgs;
    private final Clock clock;

    MeetingListController(Meetings meetings, OrgUnits orgs, Clock clock) {
        this.meetings = meetings;
        this.orgs = orgs;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) MeetingType type,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "false") boolean lateOnly, @RequestParam(required = false) String text,
                @RequestParam(required = false) Boolean subtree,
                @RequestParam(name = "_subtree", required = false) String subtreeMarker,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletRequest request, Model model) {
        MeetingQuery query = new MeetingQuery(orgId, type, from, to, lateOnly, text,
                ListRequest.subtree(subtree, subtreeMarker));
        ListRequest asked = ListRequest.of(page, size, sort, dir);
        model.addAttribute("result", meetings.list(scope, query, asked.page(), asked.sort()));
        model.addAttribute("list", ListLinks.of("/meetings", request.getQueryString(), "/meetings/list.xlsx"));
        model.addAttribute("query", query);
        model.addAttribute("org", orgId == null ? null : orgs.get(scope, orgId));
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("type", type);
        return "life/meetings";
    }

    @PersonalDataExport("组织生活记录列表")
    @GetMapping("/meetings/list.xlsx")
    @ResponseBody
    XlsxFile export(AccessScope scope, @RequestParam(required = false) Long orgId,
                                  @RequestParam(required = false) MeetingType type,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "false") boolean lateOnly,
                                  @RequestParam(required = false) String text,
                                  @RequestParam(required = false) Boolean subtree,
                                  @RequestParam(name = "_subtree", required = false) String subtreeMarker,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(required = false) String dir) {
        MeetingQuery query = new MeetingQuery(orgId, type, from, to, lateOnly, text,
                ListRequest.subtree(subtree, subtreeMarker));
        SortOrder order = SortOrder.parse(sort, dir);
        return ExcelList.<MeetingRow>titled("组织生活记录")
                .column("时间", m -> MINUTES.format(m.heldAt()))
                .column("类型", MeetingRow::typeLabel)
                .column("主题", MeetingRow::topic)
                .column("党组织", MeetingRow::orgName)
                .column("应到", MeetingRow::expected)
                .column("实到", MeetingRow::present)
                .column("说明", m -> (m.lateEntry() ? "补录（晚" + m.daysLate() + "天）" : "")
                        + (m.quorumMet() ? "" : "未达法定人数"))
                .download(LocalDate.now(clock), p -> meetings.list(scope, query, p, order));
    }
}
