package cn.dangjian.responsibility.web;

import java.util.List;

import cn.dangjian.responsibility.DutyDraft;
import cn.dangjian.responsibility.IssueList;
import cn.dangjian.responsibility.ListOverview;
import cn.dangjian.responsibility.ListView;
import cn.dangjian.responsibility.OrgDuties;
import cn.dangjian.responsibility.ResponsibilityLists;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/duties}: 责任清单 over JSON, scoped like the pages — a list is reached through an organization in
 * the caller's scope that it binds or that lies above its issuer; anything else is not found (404).
 */
@RestController
@RequestMapping("/api/v1/duties")
@Tag(name = "责任清单")
class DutyApiController {

    private final ResponsibilityLists lists;

    DutyApiController(ResponsibilityLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "党组织本年度（或指定年度）的职责及落实情况：由平台记录得出（逾期未落实、待办、已落实、无到期事项），平台无相应记录的职责显示组织的说明")
    OrgDuties duties(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        ListView list = lists.binding(scope, orgId, year).orElseThrow(() -> new NotFoundException("尚未印发该年度的责任清单"));
        return lists.duties(scope, list.id(), orgId);
    }

    @GetMapping("/template")
    @Operation(summary = "新清单的起点：本组织上一年度的清单，没有的用平台模板")
    List<DutyDraft> template(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return lists.startingPoint(scope, orgId, year);
    }

    @PostMapping
    @Operation(summary = "机关工委或机关党委印发年度责任清单：每项职责的层级、责任主体、内容、依据、周期和依据记录")
    ResponseEntity<ListView> issue(AccessScope scope, @RequestBody IssueList body) {
        long id = lists.issue(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(lists.get(scope, id, body.issuerOrgId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份责任清单的全部职责")
    ListView get(AccessScope scope, @PathVariable long id, @RequestParam long orgId) {
        return lists.get(scope, id, orgId);
    }

    @GetMapping("/{id}/list.{format:docx|pdf}")
    @Operation(summary = "责任清单 Word/PDF（Word 按印发组织的文书格式）")
    ResponseEntity<byte[]> document(AccessScope scope, @PathVariable long id, @RequestParam long orgId,
                                    @PathVariable String format) {
        return cn.dangjian.documents.DocumentDownload.of(lists.document(scope, id, orgId, "pdf".equals(format)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修订责任清单：带 id 的职责保留（其说明随之保留），不带 id 的新增，未列出的删除")
    ListView revise(AccessScope scope, @PathVariable long id, @RequestParam int version, @RequestBody IssueList body) {
        lists.revise(scope, id, version, body);
        return lists.get(scope, id, body.issuerOrgId());
    }

    @GetMapping("/{id}/overview")
    @Operation(summary = "清单约束的下级党组织各自职责的落实情况计数，逾期多的在前，不排名次")
    PageResult<ListOverview.Row> overview(AccessScope scope, @PathVariable long id, @RequestParam long orgId,
                                          @RequestParam(defaultValue = "false") boolean overdue,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return lists.overview(scope, id, orgId, overdue, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/statements")
    @Operation(summary = "平台无相应记录的职责，由组织简要说明落实情况（不上传照片或材料）")
    OrgDuties state(AccessScope scope, @PathVariable long id, @RequestBody Statement body) {
        lists.state(scope, id, body.dutyId(), body.orgId(), body.statement());
        return lists.duties(scope, id, body.orgId());
    }

    record Statement(long dutyId, long orgId, String statement) {
    }
}
