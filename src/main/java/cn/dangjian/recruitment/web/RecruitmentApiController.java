package cn.dangjian.recruitment.web;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.recruitment.CaseQuery;
import cn.dangjian.recruitment.CaseRow;
import cn.dangjian.recruitment.CaseView;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.PipelineRow;
import cn.dangjian.recruitment.RecordAssembly;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentAssemblies;
import cn.dangjian.recruitment.RecruitmentPipeline;
import cn.dangjian.recruitment.Stage;
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

/** {@code /api/v1/recruitment}: 发展党员 cases over JSON, scoped and checked like the pages. */
@RestController
@RequestMapping("/api/v1/recruitment")
@Tag(name = "发展党员")
class RecruitmentApiController {

    private final Recruitment recruitment;
    private final RecruitmentAssemblies assemblies;
    private final RecruitmentPipeline pipeline;

    RecruitmentApiController(Recruitment recruitment, RecruitmentAssemblies assemblies, RecruitmentPipeline pipeline) {
        this.recruitment = recruitment;
        this.assemblies = assemblies;
        this.pipeline = pipeline;
    }

    @GetMapping("/cases")
    @Operation(summary = "查询发展党员记录（按组织及下级、阶段、姓名、是否逾期、是否待某党委办理）")
    PageResult<CaseRow> list(AccessScope scope,
                             @Parameter(description = "组织编号：查该组织及下级，不填为管理范围内全部")
                             @RequestParam(required = false) Long orgId,
                             @Parameter(description = "阶段；不填为进行中的（不含已转正、已终止）")
                             @RequestParam(required = false) Stage stage,
                             @Parameter(description = "姓名（包含）") @RequestParam(required = false) String name,
                             @Parameter(description = "只看逾期") @RequestParam(defaultValue = "false") boolean overdueOnly,
                             @Parameter(description = "只看待该党委办理（预审、谈话、审批）的")
                             @RequestParam(required = false) Long awaitingApprovalBy,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return recruitment.list(scope, new CaseQuery(orgId, stage, name, overdueOnly, awaitingApprovalBy),
                PageRequest.of(page, size));
    }

    @PostMapping("/cases")
    @Operation(summary = "登记入党申请（性别、出生日期由身份证号得出；申请时应年满十八岁，FZ-01）")
    ResponseEntity<CaseView> open(AccessScope scope, @RequestBody OpenCase application) {
        long id = recruitment.open(scope, application);
        return ResponseEntity.status(HttpStatus.CREATED).body(recruitment.get(scope, id));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "查看发展党员记录：阶段、已记录环节（含情况说明）、时限、审批党委、预备期")
    CaseView get(AccessScope scope, @PathVariable long id) {
        return recruitment.get(scope, id);
    }

    @PostMapping("/cases/{id}/steps")
    @Operation(summary = "记录一个环节：按所适用细则核对顺序和时限；可说明的超时须填写 justification，"
            + "上级党委的环节（预审、谈话、审批）须有审批权限；支部党员大会请用 /assemblies")
    ResponseEntity<CaseView> record(AccessScope scope, @PathVariable long id, @RequestBody RecordStep step) {
        recruitment.record(scope, id, step);
        return ResponseEntity.status(HttpStatus.CREATED).body(recruitment.get(scope, id));
    }

    @PostMapping("/cases/{id}/close")
    @Operation(summary = "终止（本人撤回、调离等）；预备党员不能直接终止，须经支部党员大会讨论取消资格")
    CaseView close(AccessScope scope, @PathVariable long id, @RequestBody Closing closing) {
        recruitment.close(scope, id, closing.on(), closing.reason());
        return recruitment.get(scope, id);
    }

    @PostMapping("/assemblies")
    @Operation(summary = "记录讨论接收预备党员或转正的支部党员大会：记入组织生活，每人一项议程、无记名投票，"
            + "未到会党员的书面意见计入票数；返回会议编号和各人的记录")
    ResponseEntity<AssemblyOutcome> assembly(AccessScope scope, @RequestBody RecordAssembly assembly) {
        long meetingId = assemblies.recordAssembly(scope, assembly);
        List<CaseView> cases = assembly.ballots().stream().map(b -> recruitment.get(scope, b.caseId())).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new AssemblyOutcome(meetingId, cases));
    }

    @GetMapping("/pipeline")
    @Operation(summary = "发展党员情况：本级及各直属下级组织的申请人、积极分子、发展对象、预备党员、逾期和待党委办理数")
    List<PipelineRow> pipeline(AccessScope scope, @RequestParam long orgId) {
        return pipeline.pipeline(scope, orgId);
    }

    /** The day a case ends and why. */
    record Closing(LocalDate on, String reason) {
    }

    /** The 支部党员大会 recorded in organizational life, and each case as it stands after its vote. */
    record AssemblyOutcome(long meetingId, List<CaseView> cases) {
    }
}
