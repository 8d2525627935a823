package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.shared.Fen;

/**
 * A remittance with its reconciliation: what the register showed when it was recorded ({@code collected}) and
 * shows now ({@code collectedNow}), the share to hand up (DF-22 parameter, %), what that makes, what was handed up,
 * what the branch keeps, and the difference still to settle ({@code expectedNow − remitted}; 0 when reconciled).
 */
public record RemittanceView(long id, long orgId, String orgName, YearMonth from, YearMonth until, int members, Fen due,
                             Fen collected, Fen collectedNow, int sharePercent, Fen remitted, LocalDate remittedOn,
                             boolean bankTransfer, String proofNo, String handledBy, String note, String recordedBy) {

    /** What the share of the register as it is now comes to. */
    public Fen expectedNow() {
        return Fen.of(collectedNow.value() * sharePercent / 100);
    }

    public Fen kept() {
        return collectedNow.value() >= remitted.value() ? collectedNow.minus(remitted) : Fen.ZERO;
    }

    /** Positive: still to hand up; negative: handed up more than the share (in 分). */
    public long differenceFen() {
        return expectedNow().value() - remitted.value();
    }

    public boolean reconciled() {
        return differenceFen() == 0;
    }

    public String method() {
        return bankTransfer ? "银行转账" : "现金缴款单";
    }
}
