package cn.dangjian.transfer;

import java.time.LocalDate;

import cn.dangjian.calendar.WorkingDays;

/**
 * The dates a transfer is held to, counted as the Civil Code counts periods (《民法典》第二百零一条至第二百零三条):
 * the day a period starts is not counted; a period of months ends on the same day of the last month, or on its
 * last day when it has no such day; and a period whose last day is not a working day (a weekend or a statutory
 * holiday, by the work calendar with its 调休 days) ends on the next working day.
 * <ul>
 *   <li>A letter with 有效期N天 issued on D is valid through D + N (ZJ-05: N is a parameter, default 30).</li>
 *   <li>The 回执 is due one month after the receiving organization took the member in (ZJ-02, ZJ-04).</li>
 *   <li>A step of the route (an approval, the receiver's acceptance) reached on D with a limit of N days is due by
 *   D + N (JY-09 forbids leaving a member unaccepted; N is the parameter {@code transfer.step-days}).</li>
 *   <li>The 回执 of a letter out of the platform is expected, at the latest, one month after the last day the letter
 *   could be presented.</li>
 *   <li>A member away at a relatively fixed place must transfer once the absence reaches 6 months (JY-09).</li>
 *   <li>A 流动党员 is contacted at least every 6 months (ZJ-09, JY-14): the next contact is due 6 months after the
 *   last one, or after leaving; a contact is not an office step, so no carry-over.</li>
 * </ul>
 */
public final class TransferDeadlines {

    /** ZJ-05: local rules put the longest validity at 3 months; a longer one is warned about, not refused. */
    public static final int LONGEST_USUAL_VALIDITY_DAYS = 90;
    /** JY-09, ZJ-01: 6 months away at a relatively fixed place. */
    public static final int AWAY_MONTHS = 6;

    private TransferDeadlines() {
    }

    /** The last day a letter issued on {@code issuedOn} with {@code days} days of validity may be presented. */
    public static LocalDate validThrough(LocalDate issuedOn, int days, WorkingDays calendar) {
        if (days < 1) {
            throw new IllegalArgumentException("validity: " + days);
        }
        return onWorkingDay(issuedOn.plusDays(days), calendar);
    }

    /** The last day for the 回执 of a member received on {@code receivedOn}: one month later (ZJ-02). */
    public static LocalDate receiptDue(LocalDate receivedOn, WorkingDays calendar) {
        return onWorkingDay(receivedOn.plusMonths(1), calendar);
    }

    /** The last day for a step of the route reached on {@code reachedOn} with a limit of {@code days} days. */
    public static LocalDate stepDue(LocalDate reachedOn, int days, WorkingDays calendar) {
        return onWorkingDay(reachedOn.plusDays(days), calendar);
    }

    /** Whether an absence since {@code awaySince} has reached 6 months on {@code today} (JY-09). */
    public static boolean awayLongEnoughToTransfer(LocalDate awaySince, LocalDate today) {
        return !today.isBefore(awaySince.plusMonths(AWAY_MONTHS));
    }

    /** The last day for the next contact with a 流动党员 last contacted (or gone) on {@code last}. */
    public static LocalDate nextContactDue(LocalDate last) {
        return last.plusMonths(AWAY_MONTHS);
    }

    private static LocalDate onWorkingDay(LocalDate last, WorkingDays calendar) {
        LocalDate day = last;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
