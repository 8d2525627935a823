package cn.dangjian.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.dangjian.dues.PaymentBatch;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.shared.Gender;

/**
 * How a demo member pays over the last twelve months: most every month around the 党费日, some by the quarter or
 * the rest of the year in advance (预交, with the branch's consent), some every other month for the two months
 * before (补交), a few stopping a few months ago, and one stopping six months ago (DF-13). One in twenty hands it
 * over through a relative or another member (委托代交).
 */
enum DuesPattern {
    MONTHLY, QUARTERLY, YEAR_IN_ADVANCE, EVERY_OTHER_MONTH_LATE, STOPPED, LAPSE;

    static DuesPattern pick(Random random) {
        int p = random.nextInt(100);
        return p < 80 ? MONTHLY : p < 88 ? QUARTERLY : p < 91 ? YEAR_IN_ADVANCE : p < 98 ? EVERY_OTHER_MONTH_LATE : STOPPED;
    }

    /** The payments of the months from {@code from} to {@code current}, each paid no later than {@code today}. */
    List<PaymentBatch.Row> payments(long memberId, YearMonth from, YearMonth current, LocalDate today, Random random) {
        List<List<YearMonth>> groups = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        YearMonth stop = switch (this) {
            case STOPPED -> current.minusMonths(2 + random.nextInt(3));
            case LAPSE -> current.minusMonths(6);
            default -> current.plusMonths(1);
        };
        for (YearMonth m = from; !m.isAfter(current) && m.isBefore(stop); ) {
            List<YearMonth> group = new ArrayList<>();
            LocalDate day;
            switch (this) {
                case QUARTERLY -> {
                    for (YearMonth q = m; !q.isAfter(current) && (q.equals(m) || (q.getMonthValue() - 1) % 3 != 0)
                            && q.getYear() == m.getYear(); q = q.plusMonths(1)) {
                        group.add(q);
                    }
                    day = m.atDay(5 + random.nextInt(8));
                }
                case YEAR_IN_ADVANCE -> {
                    for (YearMonth q = m; q.getYear() == m.getYear(); q = q.plusMonths(1)) {
                        group.add(q);
                    }
                    day = m.atDay(3 + random.nextInt(6));
                }
                case EVERY_OTHER_MONTH_LATE -> {
                    group.add(m);
                    if (m.plusMonths(1).isBefore(stop) && !m.plusMonths(1).isAfter(current)) {
                        group.add(m.plusMonths(1));
                    }
                    day = m.plusMonths(2).atDay(6 + random.nextInt(10));
                }
                default -> {
                    group.add(m);
                    day = m.atDay(5 + random.nextInt(11));
                }
            }
            m = group.get(group.size() - 1).plusMonths(1);
            if (!day.isAfter(today)) {
                groups.add(group);
                days.add(day);
            }
        }
        List<PaymentBatch.Row> rows = new ArrayList<>();
        boolean proxy = random.nextInt(20) == 0;
        String proxyName = proxy ? ChineseNames.surname(random) + ChineseNames.givenName(random, Gender.FEMALE, 45) : null;
        for (int i = 0; i < groups.size(); i++) {
            String note = switch (this) {
                case QUARTERLY -> "经党支部同意按季度交纳";
                case YEAR_IN_ADVANCE -> "经党支部同意预交";
                case EVERY_OTHER_MONTH_LATE -> "补交";
                default -> null;
            };
            rows.add(new PaymentBatch.Row(new RecordPayment(memberId, groups.get(i), null, days.get(i),
                    proxy ? PaymentMethod.PROXY : PaymentMethod.SELF, proxyName, null, note), null));
        }
        return rows;
    }
}
