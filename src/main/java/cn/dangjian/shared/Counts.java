package cn.dangjian.shared;

import java.util.List;

/**
 * Typed counts (votes, days, hours, months, order numbers): never negative and never more than what the
 * record itself allows — the people present, the people taking part, the months a rule permits — so that no
 * sum of them can overflow and no tally can claim more voters than there were.
 */
public final class Counts {

    private Counts() {
    }

    /**
     * Checks {@code 0 <= value <= max}; {@code bound} says what {@code max} is (“出席的有表决权人数”), and the
     * message names it with its value. A {@code null} value passes (the caller decides whether it is required).
     */
    public static boolean within(String field, String label, Integer value, long max, String bound,
                                 List<FieldProblem> problems) {
        if (value == null) {
            return true;
        }
        if (value < 0) {
            problems.add(new FieldProblem(field, label, "不能为负数"));
            return false;
        }
        if (value > max) {
            problems.add(new FieldProblem(field, label, "不能超过" + bound + "（" + max + "）"));
            return false;
        }
        return true;
    }

    /** The sum of counts, as a {@code long}: a sum of many ints cannot wrap round. */
    public static long sum(int... counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }
}
