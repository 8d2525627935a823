package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseDeadline;
import org.springframework.stereotype.Component;

/**
 * FZ-13 (第十九条, new in the 2026 revision): a candidate who passed the 预审 goes to the 支部党员大会 within one
 * month. A case opened under the 2026 细则 whose assembly has not been held a month after the 预审 is
 * {@link cn.dangjian.compliance.Severity#OVERDUE}; cases opened under the 2014 text have no such limit (the
 * recruitment timeline sets no deadline for them). 1 month is verified (V): a constant.
 */
@Component
class AdmissionAssemblyRule extends RecruitmentDeadlineRule {

    AdmissionAssemblyRule() {
        super("admission-assembly", "FZ-13", "第十九条", "预审合格后一个月内提交支部党员大会讨论（2026年修订新增）");
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "预审合格已超过一个月，尚未提交支部党员大会讨论接收预备党员";
    }
}
