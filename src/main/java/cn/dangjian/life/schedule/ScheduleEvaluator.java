package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.dangjian.life.MeetingType;

/**
 * Works out, for one branch and one year, which meetings are done, due, overdue or not yet due.
 *
 * <p><b>Founding and dissolution.</b> A period is required only if the organization (and, for a 党小组会, the
 * party group) existed for the whole of it: established on or before the period's first day, and not dissolved
 * before its last day has passed. So a branch established on 2026-08-15 owes no 2026 Q3 支部党员大会 and no
 * August 主题党日, but owes the Q4 assembly and the September theme day; one established on 2026-09-01 owes the
 * September theme day too, and one established on 2026-07-01 owes the whole of Q3. A meeting it nevertheless
 * held in such a partial period shows as {@link ItemState#DONE} with 0 required.
 *
 * <p><b>Counting.</b> A meeting counts for the period containing its date (the last day of a quarter belongs to
 * that quarter). A meeting dated after {@code today} is ignored: it cannot have been held yet. A meeting dated
 * before the organization (or party group) was established, or on or after its dissolution, is ignored: it was
 * not this organization's meeting. A 党小组会 counts only for the party group it names.
 *
 * <p><b>States.</b> The deadline is the period's last day: on that day an unmet item is still DUE, from the
 * next day OVERDUE. An item is UPCOMING before its period starts, and also before the rule's customary month
 * inside the period (组织生活会, ZB-14: generally in Q4, so it is not yet due before October).
 */
public final class ScheduleEvaluator {

    private ScheduleEvaluator() {
    }

    public static Schedule evaluate(OrgScheduleFacts facts, ScheduleParameters parameters, int year, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (!facts.hasBranchDuties()) {
            return new Schedule(facts.orgId(), year, today, List.of(), List.of(), List.of(),
                    List.of(facts.orgType().label() + "不适用党支部组织生活计划"));
        }
        List<ScheduleRule> applied = new ArrayList<>();
        List<ScheduleItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ScheduleRule rule : parameters.rules()) {
            if (rule.needsCommittee() && !facts.hasCommittee()) {
                notes.add("本支部未设支部委员会（ZB-17），" + rule.type().label() + "不作要求");
                continue;
            }
            if (rule.perPartyGroup() && facts.partyGroups().isEmpty()) {
                notes.add("本支部未划分党小组，" + rule.type().label() + "不作要求");
                continue;
            }
            applied.add(rule);
            if (rule.perPartyGroup()) {
                for (PartyGroupFacts group : facts.partyGroups()) {
                    Lifespan lifespan = Lifespan.of(facts, group);
                    for (Period period : rule.frequency().periodsOf(year)) {
                        items.add(item(rule, period, lifespan, group, facts.meetings(), today));
                    }
                }
            } else {
                Lifespan lifespan = Lifespan.of(facts, null);
                for (Period period : rule.frequency().periodsOf(year)) {
                    items.add(item(rule, period, lifespan, null, facts.meetings(), today));
                }
            }
        }
        List<TypeSummary> summaries = applied.stream().map(rule -> YearSummaries.summarize(rule, year, items)).toList();
        return new Schedule(facts.orgId(), year, today, applied, items, summaries, notes);
    }

    private static ScheduleItem item(ScheduleRule rule, Period period, Lifespan lifespan, PartyGroupFacts group,
                                     List<HeldMeeting> meetings, LocalDate today) {
        boolean counts = lifespan.coversWhole(period);
        int required = counts ? rule.timesPerPeriod() : 0;
        int held = (int) meetings.stream()
                .filter(m -> m.type() == rule.type())
                .filter(m -> group == null || Objects.equals(m.partyGroupId(), group.id()))
                .filter(m -> period.contains(m.heldOn()) && !m.heldOn().isAfter(today) && lifespan.includes(m.heldOn()))
                .count();
        ItemState state;
        if (!counts && held == 0) {
            state = ItemState.NOT_REQUIRED;
        } else if (held >= required) {
            state = ItemState.DONE;
        } else if (today.isBefore(rule.dueFrom(period))) {
            state = ItemState.UPCOMING;
        } else if (today.isAfter(period.end())) {
            state = ItemState.OVERDUE;
        } else {
            state = ItemState.DUE;
        }
        String message = message(rule, period, group, required, held, state, lifespan, today);
        return new ScheduleItem(rule.type(), group == null ? null : group.id(), period, required, held, state,
                period.end(), rule.ruleId(), rule.article(), message);
    }

    private static String message(ScheduleRule rule, Period period, PartyGroupFacts group, int required, int held,
                                  ItemState state, Lifespan lifespan, LocalDate today) {
        String subject = period.label() + (group == null ? "" : group.name()) + rule.type().label();
        String cited = "（" + rule.citation() + "，截止 " + period.end() + "）";
        return switch (state) {
            case DONE -> subject + "已召开" + held + "次"
                    + (required == 0 ? "（" + lifespan.reasonNotRequired(period) + "）" : "");
            case DUE -> subject + (held == 0 ? "尚未召开" : "已召开" + held + "次，还需召开" + (required - held) + "次")
                    + cited;
            case OVERDUE -> subject + (held == 0 ? "逾期未召开" : "仅召开" + held + "次，应召开" + required + "次，已逾期")
                    + cited;
            case UPCOMING -> subject + "未到期"
                    + (period.contains(today) ? "，一般在" + rule.customaryWindow() + "召开" : "") + cited;
            case NOT_REQUIRED -> subject + "不作要求（" + lifespan.reasonNotRequired(period) + "）";
        };
    }

    /** The days an organization or party group existed: from its establishment (or the branch's, if later) until dissolution. */
    private record Lifespan(LocalDate from, String foundedWho, LocalDate until) {

        static Lifespan of(OrgScheduleFacts facts, PartyGroupFacts group) {
            LocalDate from = facts.establishedOn();
            String who = "本支部";
            if (group != null && group.establishedOn() != null
                    && (from == null || group.establishedOn().isAfter(from))) {
                from = group.establishedOn();
                who = group.name();
            }
            return new Lifespan(from, who, facts.dissolvedOn());
        }

        boolean coversWhole(Period period) {
            return (from == null || !from.isAfter(period.start()))
                    && (until == null || until.isAfter(period.end()));
        }

        boolean includes(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
        }

        String reasonNotRequired(Period period) {
            if (from != null && from.isAfter(period.start())) {
                return foundedWho + "于" + from + "成立，本期不作要求";
            }
            return "本支部于" + until + "撤销，本期不作要求";
        }
    }
}
