package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.shared.Fen;

/**
 * What the dues rules read about one organization holding members, on a day: each member's unpaid months that
 * have ended, how many members on its roll have this year's assessment, its remittance periods that have ended
 * since last January (none before its first month in the register), its large voluntary payments, and its approved
 * reductions that have ended. Built by
 * {@link DuesQueries#facts}; the rules in compliance only judge.
 */
public record DuesFacts(LocalDate today, List<MemberArrears> arrears, int onRoll, int assessed, int assessmentDeadlineMonth,
                        List<RemittancePeriod> remittances, List<LargePayment> largePayments,
                        List<EndedReduction> endedReductions) {

    /** How long after its last month an ended 少交/免交 is still reported (then the branch has long acted on it). */
    public static final int ENDED_REDUCTION_MONTHS = 3;

    /**
     * A member's months that ended unpaid, oldest first, and the length of the unbroken run of unpaid months that
     * ends with the last month ended ({@code consecutive}; 0 when that month was paid).
     */
    public record MemberArrears(long memberId, String name, List<YearMonth> unpaid, int consecutive, Fen owed) {

        public YearMonth oldest() {
            return unpaid.get(0);
        }
    }

    /** A remittance period that has ended, when it was due, and when it was handed up ({@code null}: not yet). */
    public record RemittancePeriod(YearMonth from, YearMonth until, LocalDate dueBy, LocalDate remittedOn) {
    }

    /** A voluntary payment of 1000元 or more (DF-11/DF-21), to be forwarded by {@code forwardBy}. */
    public record LargePayment(long id, long memberId, String name, Fen amount, LocalDate paidOn, LocalDate forwardBy,
                               LocalDate forwardedOn) {
    }

    /**
     * An approved 少交/免交 whose last month has ended within {@link #ENDED_REDUCTION_MONTHS} months, with no later
     * application for the member.
     */
    public record EndedReduction(long id, long memberId, String name, boolean exempt, YearMonth until) {
    }
}
