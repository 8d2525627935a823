package cn.dangjian.parameters.web;

import java.util.List;

import cn.dangjian.parameters.ChangeParameter;
import cn.dangjian.parameters.ParameterView;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rule-parameters}: the parameters in force and their settings, scoped like the page. */
@RestController
@RequestMapping("/api/v1/rule-parameters")
@Tag(name = "规则参数")
class ParameterApiController {

    private final RuleParameters parameters;

    ParameterApiController(RuleParameters parameters) {
        this.parameters = parameters;
    }

    @GetMapping
    @Operation(summary = "全平台（不带 orgId）或某党组织当前适用的规则参数及其来源、设置记录")
    List<ParameterView> list(AccessScope scope, @RequestParam(required = false) Long orgId) {
        return parameters.list(scope, orgId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "设置参数（value 为空表示恢复上级设置），自 effectiveFrom（不早于今天）起生效，须填写调整依据")
    void change(AccessScope scope, @RequestBody ChangeParameter change) {
        parameters.change(scope, change);
    }
}
