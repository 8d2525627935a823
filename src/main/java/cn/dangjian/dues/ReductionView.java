package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.shared.Fen;

/** A 少交/免交 application with every decision taken on it. */
public record ReductionView(long id, long memberId, String memberName, long orgId, boolean exempt, Fen requested,
                            YearMonth from, YearMonth until, String reason, LocalDate appliedOn, ReductionStatus status,
                            boolean branchRoute, LocalDate branchDecidedOn, String branchDecision, Long approvingOrgId,
                            LocalDate decidedOn, String decidedBy, String decisionNote, Fen approved, int version) {

    /** 「免交」 or 「少交，每月5.00元」. */
    public String what() {
        return exempt ? "免交" : "少交，每月" + requested + "元";
    }
}
