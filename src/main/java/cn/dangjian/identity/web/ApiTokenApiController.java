package cn.dangjian.identity.web;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.identity.ApiTokenView;
import cn.dangjian.identity.ApiTokens;
import cn.dangjian.identity.NewApiToken;
import cn.dangjian.identity.internal.ApiTokenAuthentication;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens over the API: one's own, or — for the 安全管理员 — any account's. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "访问令牌")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "列出本人的访问令牌；安全管理员可用 username 查看任一账号的令牌（不含令牌本身）")
    List<ApiTokenView> list(AccessScope scope, @RequestParam(required = false) String username) {
        return tokens.list(scope, username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建本人的访问令牌（secret 只在此次返回；有效期默认90天，最长1年；不能用访问令牌本身创建）")
    NewApiToken create(AccessScope scope, @RequestBody TokenRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new ForbiddenException("不能用访问令牌创建新的访问令牌，请登录网页或使用用户名和密码创建");
        }
        return tokens.create(scope, request.name(), request.expiresOn());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销访问令牌（本人的；安全管理员可撤销任一账号的）")
    void revoke(AccessScope scope, @PathVariable long id) {
        tokens.revoke(scope, id);
    }

    /** {@code expiresOn}: the last day the token works (default 90 days from today). */
    record TokenRequest(String name, LocalDate expiresOn) {
    }
}
