package cn.dangjian.life.schedule;

import java.util.List;
import java.util.stream.Collectors;

/** Sums one rule's items of a year into the {@link TypeSummary} the overview page shows. */
final class YearSummaries {

    private YearSummaries() {
    }

    static TypeSummary summarize(ScheduleRule rule, int year, List<ScheduleItem> allItems) {
        List<ScheduleItem> items = allItems.stream().filter(i -> i.type() == rule.type()).toList();
        int held = items.stream().mapToInt(ScheduleItem::held).sum();
        int required = (int) items.stream().filter(i -> i.required() > 0).count();
        int done = count(items, ItemState.DONE, true);
        int due = count(items, ItemState.DUE, false);
        int overdue = count(items, ItemState.OVERDUE, false);
        List<Period> overduePeriods = items.stream().filter(i -> i.state() == ItemState.OVERDUE)
                .map(ScheduleItem::period).distinct().toList();
        StringBuilder message = new StringBuilder()
                .append(year).append("年").append(rule.type().label()).append("已召开").append(held).append("次；")
                .append(rule.perPartyGroup() ? "各党小组" : "").append("应召开").append(required).append("期，已完成")
                .append(done).append("期");
        if (due > 0) {
            message.append("，待召开").append(due).append("期");
        }
        if (overdue > 0) {
            message.append("，逾期").append(overdue).append("期（")
                    .append(overduePeriods.stream().map(Period::label).collect(Collectors.joining("、"))).append("）");
        }
        message.append("（").append(rule.citation()).append("）");
        return new TypeSummary(rule.type(), held, required, done, due, overdue, overduePeriods, message.toString());
    }

    private static int count(List<ScheduleItem> items, ItemState state, boolean requiredOnly) {
        return (int) items.stream()
                .filter(i -> i.state() == state && (!requiredOnly || i.required() > 0))
                .count();
    }
}
