package cn.dangjian.recruitment;

import java.time.LocalDate;

import cn.dangjian.shared.Gender;

/** A case in a list: who, where, which stage, and what is due next (overdue when {@code nextDue} is past). */
public record CaseRow(long id, long orgId, String orgName, String name, Gender gender, Stage stage,
                      RuleVersion ruleVersion, LocalDate appliedOn, StepKind nextStep, LocalDate nextDue,
                      boolean overdue) {
}
