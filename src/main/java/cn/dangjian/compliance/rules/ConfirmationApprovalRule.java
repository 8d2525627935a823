package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseDeadline;
import org.springframework.stereotype.Component;

/**
 * FZ-24 (第三十三条): the 党委 decides on 转正 within three months of the branch assembly's discussion. A
 * probationary member whose 转正 (or extension, or cancellation) the 党委 has not approved three months after the
 * assembly is {@link cn.dangjian.compliance.Severity#OVERDUE}. 3 months is verified (V): a constant.
 */
@Component
class ConfirmationApprovalRule extends RecruitmentDeadlineRule {

    ConfirmationApprovalRule() {
        super("confirmation-approval", "FZ-24", "第三十三条", "支部党员大会讨论转正后三个月内由上级党委审批");
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "经支部党员大会讨论转正已超过三个月，上级党委尚未审批";
    }
}
