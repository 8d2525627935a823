package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseDeadline;
import org.springframework.stereotype.Component;

/**
 * FZ-20 (第二十九条, new in the 2026 revision): the oath (入党宣誓) is generally held within one month of the
 * 党委's approval. A case opened under the 2026 细则 whose oath is not recorded a month after the approval is
 * {@link cn.dangjian.compliance.Severity#OVERDUE}; a collective oath on 七一 or 国庆 outside the month is
 * recorded with an explanation, which the higher organization sees. 1 month is verified (V): a constant.
 */
@Component
class OathRule extends RecruitmentDeadlineRule {

    OathRule() {
        super("oath", "FZ-20", "第二十九条", "预备党员经党委批准后一个月内进行入党宣誓（2026年修订新增）");
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "经党委批准为预备党员已超过一个月，尚未进行入党宣誓";
    }
}
