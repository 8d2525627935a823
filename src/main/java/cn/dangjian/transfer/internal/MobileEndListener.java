package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.dangjian.member.MemberStatusChanged;
import cn.dangjian.member.MemberTransferred;
import cn.dangjian.member.StatusChangeType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A 流动党员 entry ends by itself when the member's relationship moves — received by another organization of the
 * platform, or out of it with its 回执 back — or the member leaves the roll (出党, 死亡, 取消预备党员资格): there is
 * nobody left away from the branch. Inside the change's transaction; the entry's version moves on so a page open on
 * it cannot record over it.
 */
@Component
class MobileEndListener {

    private static final Set<StatusChangeType> ENDING = EnumSet.of(StatusChangeType.TRANSFERRED_OUT,
            StatusChangeType.LEAVE, StatusChangeType.DEATH, StatusChangeType.CANCEL_PROBATION);

    private final JdbcClient jdbc;

    MobileEndListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberTransferred moved) {
        end(moved.memberId(), moved.receivedOn(), "组织关系已转接至" + moved.toOrgName());
    }

    @EventListener
    void on(MemberStatusChanged changed) {
        if (ENDING.contains(changed.type())) {
            end(changed.memberId(), changed.effectiveOn(), changed.type().label());
        }
    }

    private void end(long memberId, LocalDate on, String reason) {
        jdbc.sql("""
                        UPDATE transfer_mobile SET ended_on = GREATEST(since, :on), end_reason = :reason,
                            version = version + 1
                        WHERE member_id = :member AND ended_on IS NULL""")
                .param("member", memberId).param("on", on).param("reason", reason).update();
    }
}
