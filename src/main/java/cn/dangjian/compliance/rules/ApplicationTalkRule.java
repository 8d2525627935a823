package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseDeadline;
import org.springframework.stereotype.Component;

/**
 * FZ-03 (第七条): after receiving an application (入党申请书) the organization sends someone to talk with the
 * applicant within one month. An applicant not yet talked with after the month (application 2026-03-01: late from
 * 2026-04-02) is {@link cn.dangjian.compliance.Severity#OVERDUE}. 1 month is verified (V): a constant.
 */
@Component
class ApplicationTalkRule extends RecruitmentDeadlineRule {

    ApplicationTalkRule() {
        super("application-talk", "FZ-03", "第七条", "收到入党申请书后一个月内派人同入党申请人谈话");
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "入党申请已超过一个月未派人谈话";
    }
}
