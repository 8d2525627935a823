package cn.dangjian.compliance.facts;

import java.util.List;

import cn.dangjian.recruitment.CaseDeadline;

/**
 * The open 发展党员 cases of one organization, each with what it waits for next and the day that is due (FZ-03,
 * FZ-06, FZ-13, FZ-19, FZ-20, FZ-22, FZ-24, FZ-25), as the recruitment module computes them from the recorded steps
 * under the 细则 the case follows. The rules decide which are late: a deadline's last day is still within it.
 */
public record RecruitmentFacts(List<CaseDeadline> deadlines) {

    public RecruitmentFacts {
        deadlines = List.copyOf(deadlines);
    }

    /** The deadlines set by one catalogue rule, e.g. {@code FZ-03}. */
    public List<CaseDeadline> of(String ruleId) {
        return deadlines.stream().filter(d -> d.deadline().ruleId().equals(ruleId)).toList();
    }
}
