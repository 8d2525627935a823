package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a year of organizational life for every branch of a written district through {@link Meetings}:
 * monthly 主题党日, 支委会 and 党小组会, quarterly 支部党员大会 and 党课, the 组织生活会 in Q4 — with a few
 * branches planted with gaps, late entries (补录) and a vote without quorum, listed as irregularities. Meetings
 * fall on working days of the official calendar ({@link WorkCalendar}: no public holidays, make-up Saturdays and
 * Sundays included), between 09:00 and 16:00.
 */
@Component
class MeetingHistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(MeetingHistoryWriter.class);

    private final OrgUnits orgs;
    private final Committees committees;
    private final Meetings meetings;
    private final WorkCalendar calendar;
    private final Clock clock;

    MeetingHistoryWriter(OrgUnits orgs, Committees committees, Meetings meetings, WorkCalendar calendar, Clock clock) {
        this.orgs = orgs;
        this.committees = committees;
        this.meetings = meetings;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** How many meetings were recorded, and what was planted. */
    record Result(int meetings, List<DemoIrregularity> irregularities) {
    }

    /** What one branch is planted with (all {@code false}/{@code null} for a regular branch). */
    private record Plan(List<YearMonth> themeGap, Period assemblyGap, boolean noQuorum, boolean late) {
    }

    /** A stretch of days: a month or a quarter, cut to the window of the history. */
    private record Period(LocalDate start, LocalDate end) {
    }

    Result write(long rootId, long seed) {
        long started = System.nanoTime();
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now(clock);
        WorkingDays days = calendar.workingDays();
        for (int year = historyStart(today).getYear(); year <= today.getYear(); year++) {
            if (!days.covers(year)) {
                log.warn("{}年的节假日安排尚未录入，演示会议可能排在节假日（请在“节假日安排”页面录入）", year);
            }
        }
        Random random = new Random(seed);
        List<OrgUnitNode> branches = DemoBranches.under(orgs, rootId);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int gaps = Math.max(2, Math.round(branches.size() * 0.1f));
        Plan[] plans = new Plan[branches.size()];
        for (int i = 0; i < order.size(); i++) {
            boolean gap = i < gaps;
            plans[order.get(i)] = new Plan(gap && i % 2 == 0 ? themeGap(today, random) : List.of(),
                    gap && i % 2 == 1 ? assemblyGap(today, random) : null, false, i >= gaps && i < gaps + 4);
        }
        boolean quorumPlanted = false;
        List<DemoIrregularity> planted = new ArrayList<>();
        int recorded = 0;
        long lastLogged = System.nanoTime();
        for (int b = 0; b < branches.size(); b++) {
            BranchLife life = life(branches.get(b).id(), random);
            if (life == null) {
                continue;
            }
            Plan plan = plans[b];
            if (!quorumPlanted && plan.themeGap().isEmpty() && plan.assemblyGap() == null && !plan.late()
                    && life.votingExpected() >= 8) {
                plan = new Plan(plan.themeGap(), null, true, false);
                quorumPlanted = true;
            }
            recorded += history(life, plan, orgs.get(system, life.orgId()).establishedOn(), today, days, random,
                    planted);
            if (System.nanoTime() - lastLogged > 3_000_000_000L) {
                lastLogged = System.nanoTime();
                log.info("正在生成组织生活记录：支部 {}/{}，会议 {} 次", b + 1, branches.size(), recorded);
            }
        }
        log.info("组织生活记录已生成：支部 {} 个，会议 {} 次，用时 {} 毫秒", branches.size(), recorded,
                (System.nanoTime() - started) / 1_000_000L);
        planted.forEach(i -> log.info("  有意设置的问题（{}）：{} — {}", i.rule(), i.subjectName(), i.description()));
        return new Result(recorded, List.copyOf(planted));
    }

    private int history(BranchLife life, Plan plan, LocalDate establishedOn, LocalDate today, WorkingDays days,
                        Random random, List<DemoIrregularity> planted) {
        LocalDate windowStart = historyStart(today);
        LocalDate from = establishedOn != null && establishedOn.isAfter(windowStart) ? establishedOn : windowStart;
        LocalDate last = today.minusDays(1);
        int count = 0;
        YearMonth lateMonth = YearMonth.from(today).minusMonths(2);
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            Period month = clip(m.atDay(1), m.atEndOfMonth(), from, last);
            if (month == null) {
                continue;
            }
            if (!plan.themeGap().contains(m)) {
                Optional<LocalDateTime> at = meetingTime(days, random, month.start(), month.end());
                if (at.isPresent() && plan.late() && m.equals(lateMonth)) {
                    LocalDate recordedOn = at.get().toLocalDate().plusDays(9 + random.nextInt(15));
                    recordedOn = recordedOn.isAfter(today) ? today : recordedOn;
                    meetings.recordAsOf(AccessScope.system(), life.themeDay(at.get()), recordedOn);
                    planted.add(irregularity(DemoIrregularity.Kind.LATE_ENTRY, life, label(m) + "主题党日于"
                            + at.get().toLocalDate() + "召开，" + recordedOn + "才录入（补录）"));
                    count++;
                } else if (at.isPresent()) {
                    count += record(life.themeDay(at.get()), random, today);
                }
            }
            if (life.hasCommittee()) {
                LocalDate early = month.start().plusDays(9).isBefore(month.end()) ? month.start().plusDays(9) : month.end();
                Optional<LocalDateTime> at = meetingTime(days, random, month.start(), early);
                if (at.isPresent()) {
                    count += record(life.committeeMeeting(at.get()), random, today);
                }
            }
            for (MeetingDraft group : life.groups()) {
                Optional<LocalDateTime> at = meetingTime(days, random, month.start(), month.end());
                if (at.isPresent()) {
                    count += record(life.groupMeeting(group, at.get()), random, today);
                }
            }
            if (m.getMonthValue() % 3 == 0 || m.equals(YearMonth.from(last))) {
                count += quarter(life, plan, m, from, last, today, days, random, planted);
            }
        }
        if (!plan.themeGap().isEmpty()) {
            planted.add(irregularity(DemoIrregularity.Kind.THEME_DAY_MISSED, life, "连续3个月未开展主题党日（"
                    + label(plan.themeGap().get(0)) + "至" + label(plan.themeGap().get(2)) + "）"));
        }
        if (plan.assemblyGap() != null) {
            LocalDate start = plan.assemblyGap().start();
            planted.add(irregularity(DemoIrregularity.Kind.ASSEMBLY_MISSED, life, start.getYear() + "年第"
                    + start.get(IsoFields.QUARTER_OF_YEAR) + "季度未召开支部党员大会"));
        }
        return count;
    }

    /** The quarter ending in month {@code m} (or cut at {@code last}): assembly, 党课, and in Q4 the 组织生活会. */
    private int quarter(BranchLife life, Plan plan, YearMonth m, LocalDate from, LocalDate last, LocalDate today,
                        WorkingDays days, Random random, List<DemoIrregularity> planted) {
        YearMonth first = m.minusMonths((m.getMonthValue() - 1) % 3);
        Period quarter = clip(first.atDay(1), first.plusMonths(2).atEndOfMonth(), from, last);
        if (quarter == null) {
            return 0;
        }
        int count = 0;
        boolean skipped = plan.assemblyGap() != null && plan.assemblyGap().start().equals(first.atDay(1));
        Optional<LocalDateTime> at = meetingTime(days, random, quarter.start(), quarter.end());
        boolean lastFullQuarter = first.plusMonths(3).equals(YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3));
        if (at.isPresent() && !skipped) {
            if (plan.noQuorum() && lastFullQuarter) {
                meetings.recordAsOf(AccessScope.system(), life.assemblyWithoutQuorum(at.get()), at.get().toLocalDate());
                planted.add(irregularity(DemoIrregularity.Kind.VOTE_WITHOUT_QUORUM, life, at.get().toLocalDate()
                        + "支部党员大会表决时，到会有表决权党员未超过应到会人数半数，表决无效"));
                count++;
            } else {
                count += record(life.assembly(at.get(), random.nextBoolean()), random, today);
            }
        }
        Optional<LocalDateTime> lesson = meetingTime(days, random, quarter.start(), quarter.end());
        if (lesson.isPresent()) {
            count += record(life.lesson(lesson.get()), random, today);
        }
        if (first.getMonthValue() == 10) {
            Optional<LocalDateTime> review = meetingTime(days, random, quarter.start(), quarter.end());
            if (review.isPresent()) {
                count += record(life.orgLifeMeeting(review.get(), first.getYear()), random, today);
            }
        }
        return count;
    }

    /** The first day of the history: the first of the month eleven months ago. */
    private static LocalDate historyStart(LocalDate today) {
        return YearMonth.from(today).minusMonths(11).atDay(1);
    }

    /** A working day in {@code [from, to]} at a half hour from 09:00 to 16:00, if the range has one. */
    private static Optional<LocalDateTime> meetingTime(WorkingDays days, Random random, LocalDate from, LocalDate to) {
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (days.isWorkingDay(d)) {
                candidates.add(d);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(15));
        return Optional.of(candidates.get(random.nextInt(candidates.size())).atTime(time));
    }

    /** Records a meeting the way a diligent secretary does: the same day or within three days. */
    private int record(RecordMeeting meeting, Random random, LocalDate today) {
        LocalDate recordedOn = meeting.heldAt().toLocalDate().plusDays(random.nextInt(4));
        meetings.recordAsOf(AccessScope.system(), meeting, recordedOn.isAfter(today) ? today : recordedOn);
        return 1;
    }

    private BranchLife life(long branchId, Random random) {
        AccessScope system = AccessScope.system();
        MeetingDraft branch = meetings.draft(system, branchId, MeetingType.THEME_DAY, null);
        if (branch.attendees().isEmpty()) {
            return null;
        }
        MeetingDraft committee = branch.hasCommittee()
                ? meetings.draft(system, branchId, MeetingType.COMMITTEE_MEETING, null) : null;
        List<MeetingDraft> groups = branch.partyGroups().stream()
                .map(g -> meetings.draft(system, branchId, MeetingType.GROUP_MEETING, g.id()))
                .filter(d -> !d.attendees().isEmpty()).toList();
        List<CommitteeView.PostHolder> posts = committees.current(system, branchId)
                .map(CommitteeView::posts).orElse(List.of());
        return new BranchLife(branch, committee, groups, holder(posts, CommitteePost.SECRETARY),
                holder(posts, CommitteePost.ORGANIZATION_MEMBER), random);
    }

    private static Long holder(List<CommitteeView.PostHolder> posts, CommitteePost post) {
        return posts.stream().filter(p -> p.post() == post).map(CommitteeView.PostHolder::memberId).findFirst()
                .orElse(null);
    }

    /** Three consecutive months of this year (or last, early in a year), all over before this month began. */
    private static List<YearMonth> themeGap(LocalDate today, Random random) {
        YearMonth end = YearMonth.from(today).minusMonths(1 + random.nextInt(3));
        while (end.minusMonths(2).getYear() != end.getYear()) {
            end = end.minusMonths(1);
        }
        return List.of(end.minusMonths(2), end.minusMonths(1), end);
    }

    /** The last quarter that is over, or the one before it. */
    private static Period assemblyGap(LocalDate today, Random random) {
        YearMonth current = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3);
        YearMonth first = current.minusMonths(3L * (1 + random.nextInt(2)));
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private static Period clip(LocalDate start, LocalDate end, LocalDate from, LocalDate last) {
        LocalDate s = start.isBefore(from) ? from : start;
        LocalDate e = end.isAfter(last) ? last : end;
        return s.isAfter(e) ? null : new Period(s, e);
    }

    private static DemoIrregularity irregularity(DemoIrregularity.Kind kind, BranchLife life, String description) {
        return new DemoIrregularity(kind, kind.rule(), life.orgId(), life.name(), description);
    }
}
