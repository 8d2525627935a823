package cn.dangjian.identity.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.ListRequest;
import cn.dangjian.shared.Permission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the append-only trail: filters, the integrity check of the chain, Excel export. */
@Controller
class AuditPageController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> RECORD_TYPES = List.of("账号", "个人信息导出", "党组织", "党组织班子", "党员", "党员名册导入",
            "组织生活", "组织生活会批评与自我批评", "谈心谈话", "民主评议", "发展党员", "待办事项", "规则参数", "节假日安排");
    /** The actions offered in the filter (any other action can still be typed). */
    static final List<String> ACTIONS = List.of("新增", "修改", "删除", "登记", "记录", "补录", "导入", "导出", "上传",
            "撤销", "移动", "换届", "设置", "登录", "退出", "开设账号", "停用账号", "启用账号", "重置密码", "修改密码",
            "分配角色和数据范围", "锁定账号", "解锁账号", "创建访问令牌", "撤销访问令牌");

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(AccessScope scope, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String action,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                 HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(actor, recordType, recordId, from, to, action);
        ListRequest asked = ListRequest.of(page, size, sort, dir, 50);
        model.addAttribute("query", query);
        model.addAttribute("result", trail.search(scope, query, asked.page(), asked.sort()));
        model.addAttribute("recordTypes", RECORD_TYPES);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("list", ListLinks.of("/audit", request.getQueryString(), "/audit/export.xlsx"));
        return "identity/audit";
    }

    /** The chain check, loaded by the page after it renders (it reads the whole trail). */
    @GetMapping("/audit/integrity")
    String integrity(AccessScope scope, Model model) {
        model.addAttribute("integrity", trail.verify(scope));
        return "identity/audit :: integrity";
    }

    @GetMapping("/audit/export.xlsx")
    void export(AccessScope scope, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String action, HttpServletResponse response) throws IOException {
        download(scope, trail, new AuditQuery(actor, recordType, recordId, from, to, action), response);
    }

    /** Streams the filtered trail as an attachment (shared with the API). */
    static void download(AccessScope scope, AuditTrail trail, AuditQuery query, HttpServletResponse response)
            throws IOException {
        scope.require(Permission.AUDIT_VIEW);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("审计日志.xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (OutputStream out = response.getOutputStream()) {
            trail.export(scope, query, out);
        }
    }
}
