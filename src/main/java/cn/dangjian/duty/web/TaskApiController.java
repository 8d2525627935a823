package cn.dangjian.duty.web;

import java.time.LocalDate;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.duty.AssignTask;
import cn.dangjian.duty.TaskAssignments;
import cn.dangjian.duty.TaskQuery;
import cn.dangjian.duty.TaskRow;
import cn.dangjian.duty.TaskState;
import cn.dangjian.duty.TaskView;
import cn.dangjian.duty.Tasks;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: 督查督办 over JSON, scoped like the pages — a task outside both the issuer's and the
 * assignees' reach is not found (404); every step takes the version of the part it is taken on (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "督查督办")
class TaskApiController {

    private final Tasks tasks;
    private final TaskAssignments parts;

    TaskApiController(Tasks tasks, TaskAssignments parts) {
        this.tasks = tasks;
        this.parts = parts;
    }

    @GetMapping
    @Operation(summary = "党组织及下级交办的、或交给党组织及下级办理的督办事项，最新在前，分页")
    PageResult<TaskRow> list(AccessScope scope, @RequestParam long orgId,
                             @Parameter(description = "ISSUED 交办的，RECEIVED 承办的，不填为两者")
                             @RequestParam(required = false) TaskQuery.Direction direction,
                             @RequestParam(required = false) TaskState state,
                             @Parameter(description = "只看有逾期未反馈的") @RequestParam(defaultValue = "false") boolean overdue,
                             @Parameter(description = "标题中的文字或督办编号") @RequestParam(required = false) String q,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.list(scope, orgId, new TaskQuery(direction, state, overdue, q), PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "登记并交办督办事项（DB-01）：事项、内容、来源、办结标准、办理期限、承办的下级党组织（多个时须确定牵头单位），"
            + "需要平台数据的注明数据类型（MEETINGS 组织生活，DUES 党费）和年度、季度（0为全年），反馈时由平台生成")
    ResponseEntity<TaskView> assign(AccessScope scope, @RequestBody AssignTask body) {
        long id = tasks.assign(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.get(scope, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一项督办事项：交办方看到全部承办单位的办理情况，承办方看到本单位的完整情况和其他承办单位的状态")
    TaskView get(AccessScope scope, @PathVariable long id) {
        return tasks.get(scope, id);
    }

    @GetMapping("/{id}/notice.pdf")
    @Operation(summary = "督办通知单 PDF")
    ResponseEntity<byte[]> noticePdf(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(tasks.notice(scope, id, true));
    }

    @GetMapping("/{id}/notice.docx")
    @Operation(summary = "督办通知单 Word（按交办党组织的文书格式）")
    ResponseEntity<byte[]> noticeDocx(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(tasks.notice(scope, id, false));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "交办方撤销办理中的督办事项")
    TaskView withdraw(AccessScope scope, @PathVariable long id, @RequestBody Step body) {
        tasks.withdraw(scope, id, body.version());
        return tasks.get(scope, id);
    }

    @PostMapping("/parts/{id}/progress")
    @Operation(summary = "承办方登记办理进展")
    TaskView progress(AccessScope scope, @PathVariable long id, @RequestBody Note body) {
        return tasks.get(scope, parts.progress(scope, id, body.note(), body.version()));
    }

    @PostMapping("/parts/{id}/extension")
    @Operation(summary = "承办方在办理期限届满前申请延期：延期至、理由")
    TaskView requestExtension(AccessScope scope, @PathVariable long id, @RequestBody Extension body) {
        return tasks.get(scope, parts.requestExtension(scope, id, body.until(), body.reason(), body.version()));
    }

    @GetMapping("/parts/{id}/figures")
    @Operation(summary = "反馈前预览平台生成的数据（DB-03：最多报一次）")
    Figures figures(AccessScope scope, @PathVariable long id, @RequestParam int version) {
        return new Figures(parts.previewFigures(scope, id, version));
    }

    @PostMapping("/parts/{id}/report")
    @Operation(summary = "承办方反馈办理情况；需要平台数据的，平台按反馈当日的记录生成并一并保存")
    TaskView report(AccessScope scope, @PathVariable long id, @RequestBody Report body) {
        return tasks.get(scope, parts.report(scope, id, body.text(), body.version()));
    }

    @PostMapping("/parts/{id}/remind")
    @Operation(summary = "交办方催办尚未反馈的承办单位")
    TaskView remind(AccessScope scope, @PathVariable long id, @RequestBody Note body) {
        return tasks.get(scope, parts.remind(scope, id, body.note(), body.version()));
    }

    @PostMapping("/parts/{id}/extension-decision")
    @Operation(summary = "交办方审核延期申请：同意（办理期限随之延长）或不同意（须说明理由）")
    TaskView decideExtension(AccessScope scope, @PathVariable long id, @RequestBody Decision body) {
        return tasks.get(scope, parts.decideExtension(scope, id, body.granted(), body.note(), body.version()));
    }

    @PostMapping("/parts/{id}/return")
    @Operation(summary = "交办方退回反馈并说明理由，承办方重新办理")
    TaskView sendBack(AccessScope scope, @PathVariable long id, @RequestBody Reason body) {
        return tasks.get(scope, parts.sendBack(scope, id, body.reason(), body.version()));
    }

    @PostMapping("/parts/{id}/close")
    @Operation(summary = "交办方审核反馈后对账销号（DB-04），记录审核意见；全部承办单位销号后事项办结")
    TaskView close(AccessScope scope, @PathVariable long id, @RequestBody Note body) {
        return tasks.get(scope, parts.close(scope, id, body.note(), body.version()));
    }

    record Step(int version) {
    }

    record Note(String note, int version) {
    }

    record Reason(String reason, int version) {
    }

    record Report(String text, int version) {
    }

    record Extension(LocalDate until, String reason, int version) {
    }

    record Decision(boolean granted, String note, int version) {
    }

    record Figures(String figures) {
    }
}
