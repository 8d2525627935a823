package cn.dangjian.dues;

import java.time.LocalDate;

import cn.dangjian.shared.Fen;

/**
 * A voluntary payment beyond the amount due (DF-11). One of 1000元 or more is {@link #large}: it goes whole to the
 * 中央 through the 党委 with the member's basic information, 现实表现 and reason (DF-21), and is not counted in what
 * the branch collects or keeps.
 */
public record VoluntaryPayment(long id, long memberId, String memberName, long orgId, LocalDate paidOn, Fen amount,
                               String reason, String performance, LocalDate forwardedOn, String forwardedBy,
                               String receiptNo, int version) {

    /** DF-11: a single voluntary payment of 1000元 or more. */
    public static final Fen LARGE = Fen.yuan(1000);

    public boolean large() {
        return amount.compareTo(LARGE) >= 0;
    }

    public boolean forwarded() {
        return forwardedOn != null;
    }
}
