package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.Map;

import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.recruitment.CaseDeadline;
import cn.dangjian.recruitment.Deadline;
import org.springframework.stereotype.Component;

/**
 * FZ-19 (第二十五条): the 党委 decides on admitting a 预备党员 within three months of the branch assembly's
 * resolution; in special cases it may take longer, but never beyond six months. A case not yet approved after
 * three months is {@link Severity#OVERDUE}; after six months it breaks the rule outright and is
 * {@link Severity#VIOLATION} (the same finding, raised). Both limits are verified (V): constants, applied by the
 * recruitment timeline.
 */
@Component
class AdmissionApprovalRule extends RecruitmentDeadlineRule {

    AdmissionApprovalRule() {
        super("admission-approval", "FZ-19", "第二十五条", "支部党员大会决议后三个月内审批预备党员，最长不超过六个月");
    }

    private static boolean beyondLimit(Deadline d, LocalDate today) {
        return d.hardLimit() != null && today.isAfter(d.hardLimit());
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return beyondLimit(c.deadline(), today)
                ? "经支部党员大会通过接收已超过六个月，上级党委仍未审批，超过最长期限"
                : "经支部党员大会通过接收已超过三个月，上级党委尚未审批";
    }

    @Override
    Severity severity(Deadline d, LocalDate today) {
        return beyondLimit(d, today) ? Severity.VIOLATION : Severity.OVERDUE;
    }

    @Override
    String due(Deadline d, LocalDate today) {
        return super.due(d, today) + (d.hardLimit() == null ? "" : "，最迟不超过" + d.hardLimit());
    }

    @Override
    Map<String, String> moreFacts(Deadline d, RuleContext context) {
        return d.hardLimit() == null ? Map.of() : facts("最长期限", d.hardLimit());
    }
}
