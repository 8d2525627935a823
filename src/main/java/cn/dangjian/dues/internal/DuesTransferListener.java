package cn.dangjian.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.DuesRecorded;
import cn.dangjian.member.MemberStatusChanged;
import cn.dangjian.member.MemberTransferred;
import cn.dangjian.shared.AuditedChange.FieldChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member received by another organization of the platform takes their dues along, inside the transfer's
 * transaction. Money stays where it was paid; what is owed moves: the receiving organization collects from the
 * first month not paid in full — the month after 党费已交到 on the letter — so the sending branch's register keeps
 * the months paid there, and the receiver's register, arrears and 核定表 hold the rest of the year under the same
 * assessment, recorded again as 组织关系转入 (DF-17). Later years' assessments and pending or running
 * 少交/免交 move whole. Months owed from an earlier year stay with the sender, who still sees them as arrears.
 */
@Component
class DuesTransferListener {

    private final JdbcClient jdbc;
    private final AssessmentStore assessments;
    private final RegisterStore register;
    private final ApplicationEventPublisher events;

    DuesTransferListener(JdbcClient jdbc, AssessmentStore assessments, RegisterStore register,
                         ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.register = register;
        this.events = events;
    }

    @EventListener
    void on(MemberTransferred moved) {
        long member = moved.memberId();
        int year = moved.receivedOn().getYear();
        YearMonth from = firstOwed(member, YearMonth.from(moved.receivedOn()));
        if (from.getYear() < year) {
            from = YearMonth.of(year, 1);
        }
        String note = "组织关系由" + moved.fromOrgName() + "转入，" + moved.receivedOn() + "接收";
        if (from.getYear() == year) {
            final YearMonth since = from;
            assessments.inForce(List.of(member), since).forEach(a -> assessments.insert(member, moved.orgId(),
                    moved.orgPath(), since, AssessmentKind.TRANSFER, a.calculation(), null, note, moved.actor()));
            jdbc.sql("""
                            UPDATE dues_assessment SET org_id = :org, org_path = :path
                            WHERE member_id = :member AND year = :year AND effective_from > :from""")
                    .param("org", moved.orgId()).param("path", moved.orgPath()).param("member", member)
                    .param("year", year).param("from", since.atDay(1)).update();
            register.refresh(List.of(member), since, YearMonth.of(year, 12));
        }
        List<Integer> later = jdbc.sql("""
                        UPDATE dues_assessment SET org_id = :org, org_path = :path
                        WHERE member_id = :member AND year > :year RETURNING year""")
                .param("org", moved.orgId()).param("path", moved.orgPath()).param("member", member)
                .param("year", year).query(Integer.class).list();
        later.stream().distinct().forEach(y -> register.refresh(List.of(member), y));
        jdbc.sql("""
                        UPDATE dues_reduction SET org_id = :org, org_path = :path
                        WHERE member_id = :member AND (status IN ('APPLIED', 'BRANCH_AGREED')
                            OR (status = 'APPROVED' AND until_month >= :from))""")
                .param("org", moved.orgId()).param("path", moved.orgPath()).param("member", member)
                .param("from", from.atDay(1)).update();
        events.publishEvent(new DuesRecorded(moved.actor(), "党费核定", member, moved.orgId(), "组织关系转入",
                List.of(new FieldChange("收缴党组织", moved.fromOrgName(), moved.toOrgName()),
                        new FieldChange("起收月份", null, from.toString())),
                List.of(moved.fromOrgId(), moved.orgId())));
    }

    /**
     * A member who leaves the roll owes nothing more here: one whose relationship went out of the platform owes the
     * months not paid at all to the receiving organization (the letter says 党费已交到); one who left the Party,
     * died or whose probation was cancelled owes nothing after that month. Months paid, even in part, are kept.
     */
    @EventListener
    void on(MemberStatusChanged changed) {
        LocalDate after = switch (changed.type()) {
            case TRANSFERRED_OUT -> LocalDate.of(1900, 1, 1);
            case LEAVE, DEATH, CANCEL_PROBATION -> changed.effectiveOn().withDayOfMonth(1);
            default -> null;
        };
        if (after == null) {
            return;
        }
        int removed = jdbc.sql("DELETE FROM dues_month WHERE member_id = :member AND month > :after AND paid_fen = 0")
                .param("member", changed.memberId()).param("after", after).update();
        if (removed > 0) {
            events.publishEvent(new DuesRecorded(changed.actor(), "党费登记", changed.memberId(), changed.orgId(),
                    changed.type().label(), List.of(new FieldChange("不再应交的月数", null, String.valueOf(removed)))));
        }
    }

    /** The member's first month not paid in full, else the month after the last one kept, else {@code otherwise}. */
    private YearMonth firstOwed(long member, YearMonth otherwise) {
        return jdbc.sql("""
                        SELECT COALESCE(min(month) FILTER (WHERE paid_fen < due_fen),
                                        CAST(max(month) + interval '1 month' AS date))
                        FROM dues_month WHERE member_id = :member""")
                .param("member", member).query(LocalDate.class).optional().map(YearMonth::from).orElse(otherwise);
    }
}
