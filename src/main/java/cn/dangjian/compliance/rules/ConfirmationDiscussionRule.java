package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.RuleContext;
import cn.dangjian.recruitment.CaseDeadline;
import cn.dangjian.recruitment.Deadline;
import org.springframework.stereotype.Component;

/**
 * FZ-22 (第三十一条): when probation ends the branch discusses 转正 promptly (及时). The 细则 gives no number,
 * so "promptly" is the parameter {@value #GRACE_DAYS} (default 30 days), declared and applied by the recruitment
 * module to the deadline; this rule lists it among the values it {@link #reads()}, so that each finding keeps the
 * value it was computed with and the catalogue shows it. A probationary member whose probation ended (assembly
 * 2025-06-20: full from 2026-06-20) and whose 转正 has not been discussed within the grace period (by 2026-07-20)
 * is {@link cn.dangjian.compliance.Severity#OVERDUE}. A transferred-in member whose discussion was postponed is
 * {@link PostponedConfirmationDiscussionRule}'s.
 */
@Component
class ConfirmationDiscussionRule extends RecruitmentDeadlineRule {

    /** Declared by the recruitment module, which computes the deadline with it. */
    static final String GRACE_DAYS = "recruitment.confirmation-grace-days";

    ConfirmationDiscussionRule() {
        this("confirmation-discussion", "FZ-22", "第三十一条", "预备期满及时讨论能否转为正式党员");
    }

    ConfirmationDiscussionRule(String code, String ruleId, String article, String title) {
        super(code, ruleId, article, title);
    }

    @Override
    public List<String> reads() {
        return List.of(GRACE_DAYS);
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "预备期已满，支部尚未讨论其能否转为正式党员";
    }

    @Override
    Map<String, String> moreFacts(Deadline d, RuleContext context) {
        return facts("预备期满后讨论期限", context.parameters().whole(GRACE_DAYS) + "天（规则参数）");
    }
}
