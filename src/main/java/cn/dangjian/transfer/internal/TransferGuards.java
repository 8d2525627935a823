package cn.dangjian.transfer.internal;

import java.time.LocalDate;

import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferState;

/** The checks a {@link Transfer}'s steps make before they change anything, with the messages a user reads. */
final class TransferGuards {

    private TransferGuards() {
    }

    /** A draft needs its reason, and its destination: another organization of the platform, or a name for the letter. */
    static void draftable(TransferKind kind, long fromOrgId, Long toOrgId, String toName, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "转接原因", "不能为空");
        }
        if (kind == TransferKind.WITHIN && (toOrgId == null || toOrgId == fromOrgId)) {
            throw new InvalidInputException("toOrgId", "转入党组织", toOrgId == null ? "请选择转入的党组织" : "不能转到本组织");
        }
        if (kind != TransferKind.WITHIN && (toName == null || toName.isBlank())) {
            throw new InvalidInputException("toName", "转入党组织", "请填写介绍信上的转入党组织名称");
        }
    }

    /** The step is allowed only from these states. */
    static void require(TransferState current, String step, TransferState... allowed) {
        for (TransferState s : allowed) {
            if (current == s) {
                return;
            }
        }
        throw new ConflictException("该转接当前为「" + current.label() + "」，不能" + step);
    }

    /** A step's date is given and not before the step it follows. */
    static void notBefore(LocalDate on, LocalDate earlier, String field, String earlierName) {
        if (on == null) {
            throw new InvalidInputException("on", field, "不能为空");
        }
        if (earlier != null && on.isBefore(earlier)) {
            throw new InvalidInputException("on", field, "不能早于" + earlierName + earlier);
        }
    }
}
