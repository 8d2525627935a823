package cn.dangjian.dues.internal;

import cn.dangjian.member.MemberArrived;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member who arrived from outside the platform with a letter saying 党费已交到 some month (ZJ-03) owes the
 * receiving organization from the month after it, not from January or from joining; noted inside the arrival's
 * transaction and read by {@link AssessmentWriter} when the member's dues are assessed. A blank 党费已交到 notes
 * nothing: the member owes from the usual first month.
 */
@Component
class DuesArrivalListener {

    private final JdbcClient jdbc;

    DuesArrivalListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberArrived arrived) {
        if (arrived.duesPaidUpTo() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO dues_collect_from (member_id, first_month, reason) VALUES (:member, :first, :reason)
                        ON CONFLICT (member_id) DO UPDATE SET first_month = EXCLUDED.first_month, reason = EXCLUDED.reason""")
                .param("member", arrived.memberId()).param("first", arrived.duesPaidUpTo().plusMonths(1).atDay(1))
                .param("reason", "介绍信载明党费已交到" + arrived.duesPaidUpTo().getYear() + "年"
                        + arrived.duesPaidUpTo().getMonthValue() + "月（" + arrived.fromName() + "）")
                .update();
    }
}
