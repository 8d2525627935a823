package cn.dangjian.compliance;

import java.time.LocalDate;

import cn.dangjian.parameters.ParameterValues;

/** What a rule is evaluated against besides the facts: the day, and the parameter values in force for the organization. */
public record RuleContext(LocalDate today, ParameterValues parameters) {
}
