package cn.dangjian.compliance.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import org.springframework.stereotype.Component;

/** Publishes every rule's parameters to the parameters module (a parameter two rules share is listed once). */
@Component
class RuleParameterCatalogue implements ParameterCatalogue {

    private final List<ComplianceRule> rules;

    RuleParameterCatalogue(List<ComplianceRule> rules) {
        this.rules = rules;
    }

    @Override
    public List<ParameterDefinition> parameters() {
        Map<String, ParameterDefinition> byKey = new LinkedHashMap<>();
        rules.forEach(r -> r.parameters().forEach(p -> byKey.putIfAbsent(p.key(), p)));
        return List.copyOf(byKey.values());
    }
}
