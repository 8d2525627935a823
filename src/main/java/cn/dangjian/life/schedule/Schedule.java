package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.dangjian.life.MeetingType;

/**
 * An organization's meeting plan for one year as of {@code today}: the rules applied, one item per rule, party
 * group and period, a summary per meeting type, and notes on rules that do not apply (no 支委会, no 党小组).
 */
public record Schedule(long orgId, int year, LocalDate today, List<ScheduleRule> rules, List<ScheduleItem> items,
                       List<TypeSummary> summaries, List<String> notes) {

    public Schedule {
        rules = List.copyOf(rules);
        items = List.copyOf(items);
        summaries = List.copyOf(summaries);
        notes = List.copyOf(notes);
    }

    public List<ScheduleItem> items(MeetingType type) {
        return items.stream().filter(i -> i.type() == type).toList();
    }

    public List<ScheduleItem> items(ItemState state) {
        return items.stream().filter(i -> i.state() == state).toList();
    }

    public Optional<TypeSummary> summary(MeetingType type) {
        return summaries.stream().filter(s -> s.type() == type).findFirst();
    }

    /** Whether anything in the year is overdue (the higher organization's overview flags this branch). */
    public boolean hasOverdue() {
        return items.stream().anyMatch(i -> i.state() == ItemState.OVERDUE);
    }
}
