package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseDeadline;
import org.springframework.stereotype.Component;

/**
 * FZ-06 (第十一条): the branch assesses each 入党积极分子 every six months, counted from the designation and then
 * from the last assessment, until the 预审. An activist not assessed within six months is
 * {@link cn.dangjian.compliance.Severity#OVERDUE}. 6 months is verified (V): a constant.
 */
@Component
class ActivistAssessmentRule extends RecruitmentDeadlineRule {

    ActivistAssessmentRule() {
        super("activist-assessment", "FZ-06", "第十一条", "每半年对入党积极分子进行一次培养教育考察");
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "（" + c.stage().label() + "）已超过半年未进行培养教育考察";
    }
}
