package cn.dangjian.transfer.web;

import java.time.LocalDate;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.transfer.MobileMemberView;
import cn.dangjian.transfer.MobileMembers;
import cn.dangjian.transfer.MobileQuery;
import cn.dangjian.transfer.RecordContact;
import cn.dangjian.transfer.RegisterInflow;
import cn.dangjian.transfer.RegisterOutflow;
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
 * {@code /api/v1/mobile-members}: the 流动党员 register over JSON, scoped like the pages — an entry outside both the
 * holding branch's and the inflow organization's lines is not found (404).
 */
@RestController
@RequestMapping("/api/v1/mobile-members")
@Tag(name = "流动党员")
class MobileMemberApiController {

    private final MobileMembers mobile;

    MobileMemberApiController(MobileMembers mobile) {
        this.mobile = mobile;
    }

    @GetMapping
    @Operation(summary = "党组织及下级登记外出的党员和流入的党员，按外出（流入）日期倒序分页")
    PageResult<MobileMemberView> list(AccessScope scope, @RequestParam long orgId,
                                      @Parameter(description = "只看正在流动的，默认是") @RequestParam(defaultValue = "true") boolean open,
                                      @Parameter(description = "姓名、外出地点或党组织") @RequestParam(required = false) String q,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return mobile.list(scope, orgId, new MobileQuery(open, q), PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "登记本支部党员外出流动：外出日期、地点、原因、是否相对固定、联系电话、流入地党组织（平台内 inflowOrgId 或平台外 inflowName）；党员随即标为流动党员")
    ResponseEntity<MobileMemberView> registerOut(AccessScope scope, @RequestBody RegisterOutflow body) {
        return created(scope, mobile.registerOut(scope, body));
    }

    @PostMapping("/inflow")
    @Operation(summary = "登记在本支部参加组织生活、组织关系在平台外的流入党员")
    ResponseEntity<MobileMemberView> registerIn(AccessScope scope, @RequestBody RegisterInflow body) {
        return created(scope, mobile.registerIn(scope, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条流动党员登记：联系情况（最新在前）和下次应联系日期（上次联系或外出后6个月）")
    MobileMemberView get(AccessScope scope, @PathVariable long id) {
        return mobile.get(scope, id);
    }

    @PostMapping("/{id}/contacts")
    @Operation(summary = "登记联系：日期、方式、情况、是否在流入地参加组织生活（流出、流入双方均可登记）")
    MobileMemberView contact(AccessScope scope, @PathVariable long id, @RequestBody Contact body) {
        mobile.get(scope, id);
        mobile.contact(scope, id, new RecordContact(body.contactedOn(), body.means(), body.attendedElsewhere(),
                body.note()), body.version());
        return mobile.get(scope, id);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "结束流动（返回或组织关系已转接），由登记的党支部办理")
    MobileMemberView end(AccessScope scope, @PathVariable long id, @RequestBody End body) {
        mobile.get(scope, id);
        mobile.end(scope, id, body.endedOn(), body.reason(), body.version());
        return mobile.get(scope, id);
    }

    private ResponseEntity<MobileMemberView> created(AccessScope scope, long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(mobile.get(scope, id));
    }

    record Contact(LocalDate contactedOn, String means, boolean attendedElsewhere, String note, int version) {
    }

    record End(LocalDate endedOn, String reason, int version) {
    }
}
