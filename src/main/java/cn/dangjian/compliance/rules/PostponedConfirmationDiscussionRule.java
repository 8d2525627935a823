package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseDeadline;
import org.springframework.stereotype.Component;

/**
 * FZ-25 (第三十五条): the organization receiving a transferred-in probationary member may postpone discussing
 * 转正 by up to six months; when the postponement ends it discusses 转正 promptly, with the same grace period as
 * {@link ConfirmationDiscussionRule} (the parameter {@value ConfirmationDiscussionRule#GRACE_DAYS}). A member
 * whose postponed discussion has still not been held after it is
 * {@link cn.dangjian.compliance.Severity#OVERDUE}.
 */
@Component
class PostponedConfirmationDiscussionRule extends ConfirmationDiscussionRule {

    PostponedConfirmationDiscussionRule() {
        super("postponed-confirmation-discussion", "FZ-25", "第三十五条", "转入的预备党员推迟讨论转正期满后及时讨论");
    }

    @Override
    String late(CaseDeadline c, LocalDate today) {
        return "转入后推迟讨论转正的期限已过，支部尚未讨论其能否转为正式党员";
    }
}
