package cn.dangjian.org.web;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitChanges;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgFormApprovals;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.UnitView;
import cn.dangjian.org.Units;
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

/** {@code /api/v1/orgs}: the organization tree over JSON, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/orgs")
@Tag(name = "党组织")
class OrgApiController {

    private final OrgUnits orgs;
    private final Committees committees;
    private final Units units;
    private final OrgFormApprovals approvals;

    OrgApiController(OrgUnits orgs, Committees committees, Units units, OrgFormApprovals approvals) {
        this.approvals = approvals;
        this.orgs = orgs;
        this.committees = committees;
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "查询党组织（分页，按名称/单位、类别、上级组织过滤）")
    PageResult<OrgUnitNode> list(AccessScope scope, @RequestParam(required = false) String q,
                                 @RequestParam(required = false) OrgType type,
                                 @RequestParam(required = false) Long withinOrgId,
                                 @RequestParam(defaultValue = "false") boolean includeDissolved,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return orgs.search(scope, new OrgUnitQuery(q, type, withinOrgId, includeDissolved), PageRequest.of(page, size));
    }

    @GetMapping("/roots")
    @Operation(summary = "当前用户可见的顶层组织")
    List<OrgUnitNode> roots(AccessScope scope) {
        return orgs.roots(scope);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看党组织")
    OrgUnitView get(AccessScope scope, @PathVariable long id) {
        return orgs.get(scope, id);
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "下级组织")
    List<OrgUnitNode> children(AccessScope scope, @PathVariable long id,
                               @RequestParam(defaultValue = "false") boolean includeDissolved) {
        return orgs.children(scope, id, includeDissolved);
    }

    @PostMapping
    @Operation(summary = "新建党组织")
    ResponseEntity<OrgUnitView> create(AccessScope scope, @RequestBody NewOrgUnit org) {
        long id = orgs.create(scope, org);
        return ResponseEntity.status(HttpStatus.CREATED).body(orgs.get(scope, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改党组织（需提供读取时的 version）")
    OrgUnitView update(AccessScope scope, @PathVariable long id, @RequestBody OrgUnitChanges changes) {
        orgs.update(scope, id, changes);
        return orgs.get(scope, id);
    }

    @PutMapping("/{id}/form-approval")
    @Operation(summary = "登记或撤销上级党组织对组织设立形式的批准（JG-01、JG-02；仅上级组织可登记，需提供 version；日期和文号都为空即撤销）")
    OrgUnitView recordApproval(AccessScope scope, @PathVariable long id, @RequestBody FormApprovalForm approval) {
        approvals.record(scope, id, approval.approval(), approval.getVersion());
        return orgs.get(scope, id);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "移动党组织（连同全部下级）")
    OrgUnitView move(AccessScope scope, @PathVariable long id, @RequestBody MoveRequest move) {
        orgs.move(scope, id, move.parentId(), move.version());
        return orgs.get(scope, id);
    }

    @PostMapping("/{id}/dissolve")
    @Operation(summary = "撤销党组织")
    OrgUnitView dissolve(AccessScope scope, @PathVariable long id, @RequestBody DissolveRequest request) {
        orgs.dissolve(scope, id, request.dissolvedOn(), request.reason(), request.version());
        return orgs.get(scope, id);
    }

    @GetMapping("/{id}/committee")
    @Operation(summary = "本届班子")
    CommitteeView committee(AccessScope scope, @PathVariable long id) {
        return committees.current(scope, id).orElseThrow(() -> new NotFoundException("该组织尚未登记班子"));
    }

    @GetMapping("/{id}/terms")
    @Operation(summary = "历届班子")
    List<CommitteeView> terms(AccessScope scope, @PathVariable long id) {
        return committees.history(scope, id);
    }

    @PostMapping("/{id}/terms")
    @Operation(summary = "登记新一届班子（换届）")
    ResponseEntity<CommitteeView> recordTerm(AccessScope scope, @PathVariable long id, @RequestBody NewTerm term) {
        committees.recordTerm(scope, id, term);
        return ResponseEntity.status(HttpStatus.CREATED).body(committees.current(scope, id).orElseThrow());
    }

    @GetMapping("/units")
    @Operation(summary = "单位列表")
    List<UnitView> units(AccessScope scope) {
        scope.require(cn.dangjian.shared.Permission.ORG_VIEW);
        return units.list();
    }

    record MoveRequest(long parentId, int version) {
    }

    record DissolveRequest(LocalDate dissolvedOn, String reason, int version) {
    }
}
