package cn.dangjian.member.web;

import java.util.List;

import cn.dangjian.member.Headcount;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusHistoryEntry;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
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

/** {@code /api/v1/members}: the member roll over JSON, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "党员")
class MemberApiController {

    private final Members members;

    MemberApiController(Members members) {
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "查询党员（分页；按姓名或身份证号、类别、党籍状态、性别、年龄段、学历、入党年份、所在组织过滤）")
    PageResult<MemberRow> list(AccessScope scope, @ParameterObject MemberQuery query,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return members.list(scope, query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看党员信息")
    MemberView get(AccessScope scope, @PathVariable long id) {
        return members.get(scope, id);
    }

    @PostMapping
    @Operation(summary = "新增党员")
    ResponseEntity<MemberView> create(AccessScope scope, @RequestBody MemberForm form) {
        long id = members.create(scope, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(members.get(scope, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改党员信息（需提供读取时的 version；身份证号、电话留空表示不变）")
    MemberView update(AccessScope scope, @PathVariable long id, @RequestParam int version,
                      @RequestBody MemberForm form) {
        members.update(scope, id, form, version);
        return members.get(scope, id);
    }

    @GetMapping("/{id}/status-changes")
    @Operation(summary = "党籍变动记录")
    List<StatusHistoryEntry> history(AccessScope scope, @PathVariable long id) {
        return members.history(scope, id);
    }

    @PostMapping("/{id}/status-changes")
    @Operation(summary = "登记党籍变动（转正、停止党籍、恢复党籍、出党、死亡、失联等）")
    ResponseEntity<MemberView> changeStatus(AccessScope scope, @PathVariable long id,
                                            @RequestBody StatusChange change) {
        members.changeStatus(scope, id, change);
        return ResponseEntity.status(HttpStatus.CREATED).body(members.get(scope, id));
    }

    @GetMapping("/headcount")
    @Operation(summary = "组织及其下级的党员人数（含按直属下级组织的分组）")
    Headcount headcount(AccessScope scope, @RequestParam long orgId) {
        return members.headcount(scope, orgId);
    }
}
