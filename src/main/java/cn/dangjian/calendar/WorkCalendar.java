package cn.dangjian.calendar;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.dangjian.calendar.internal.CalendarStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's facade: working-day answers for rules, and the platform administrator's entry of each year's arrangement. */
@Service
@Transactional(readOnly = true)
public class WorkCalendar {

    /** The longest span {@link #span} counts (a year's working days and then some). */
    public static final int MAX_SPAN = 366;
    /** A holiday's name (春节, 国庆节): a few characters. */
    static final int MAX_NAME = 30;

    private final CalendarStore store;
    private final ApplicationEventPublisher events;

    WorkCalendar(CalendarStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** The calendar as it stands, for counting working days (not scoped: it is public information). */
    @ReferenceData("国务院公布的节假日安排对所有人相同")
    public WorkingDays workingDays() {
        return new WorkingDays(store.all());
    }

    /** The holidays and make-up workdays entered for {@code year}, in date order. */
    @ReferenceData("国务院公布的节假日安排对所有人相同")
    public List<CalendarDay> days(int year) {
        return store.all().stream().filter(d -> d.day().getYear() == year).toList();
    }

    /** The arrangement of {@code year} and whether it has been entered. */
    @ReferenceData("国务院公布的节假日安排对所有人相同")
    public CalendarYear year(int year) {
        List<CalendarDay> all = store.all();
        return new CalendarYear(year, new WorkingDays(all).covers(year),
                all.stream().filter(d -> d.day().getYear() == year).toList());
    }

    /**
     * The day on which a span starting on {@code start} has lasted {@code n} working days (see
     * {@link WorkingDays#nthWorkingDay}), with the years of the span whose holidays are missing. {@code n} runs
     * from 1 to {@value #MAX_SPAN}; input a person typed is refused with the field named.
     */
    @ReferenceData("国务院公布的节假日安排对所有人相同")
    public WorkingDaySpan span(LocalDate start, Integer n) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new FieldProblem("from", "起始日期", "请填写起始日期"));
        }
        if (n == null || n < 1 || n > MAX_SPAN) {
            problems.add(new FieldProblem("n", "工作日数", "应为1至" + MAX_SPAN + "之间的整数"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkingDays days = workingDays();
        LocalDate last = days.nthWorkingDay(start, n);
        List<Integer> uncovered = IntStream.rangeClosed(start.getYear(), last.getYear())
                .filter(y -> !days.covers(y)).boxed().toList();
        return new WorkingDaySpan(start, n, last, uncovered);
    }

    /** Whether {@code scope} may enter the calendar: it applies to every organization, so only a 全部 scope may. */
    public boolean canMaintain(AccessScope scope) {
        return scope.can(Permission.RULE_PARAMETERS) && scope.level() == ScopeLevel.ALL;
    }

    /**
     * Enters a holiday or a make-up workday (or corrects one) — for the platform administrator, whose scope is
     * 全部: the calendar applies to every organization.
     */
    @Transactional
    public CalendarDay put(AccessScope scope, CalendarDay day) {
        requireAdministrator(scope);
        List<FieldProblem> problems = new ArrayList<>();
        if (day.day() == null) {
            problems.add(new FieldProblem("day", "日期", "请填写日期"));
        }
        if (day.kind() == null) {
            problems.add(new FieldProblem("kind", "类型", "请选择放假或调休上班"));
        }
        DateKind.CALENDAR.check("day", "日期", day.day(), problems);
        String name = TextKind.SHORT_TEXT.optional("name", "名称", day.name(), problems);
        if (blankToNull(day.name()) == null) {
            problems.add(new FieldProblem("name", "名称", "请填写节日名称，如“春节”"));
        } else if (name != null && name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "名称", "不能超过" + MAX_NAME + "个字"));
        }
        if (day.day() != null && day.kind() == DayKind.WORKDAY && day.day().getDayOfWeek() != DayOfWeek.SATURDAY
                && day.day().getDayOfWeek() != DayOfWeek.SUNDAY) {
            problems.add(new FieldProblem("kind", "类型", "调休上班只能安排在周六或周日"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CalendarDay stored = new CalendarDay(day.day(), day.kind(), name);
        store.put(stored, scope.username());
        events.publishEvent(new CalendarDayChanged(scope.username(), day.day().toString(), "设置",
                List.of(new FieldChange(day.day().toString(), null, day.kind().label() + "（" + name + "）"))));
        return stored;
    }

    /** Removes what was entered for {@code day}; {@code false} if nothing was. */
    @Transactional
    public boolean remove(AccessScope scope, LocalDate day) {
        requireAdministrator(scope);
        if (store.remove(day) == 0) {
            return false;
        }
        events.publishEvent(new CalendarDayChanged(scope.username(), day.toString(), "删除",
                List.of(new FieldChange(day.toString(), "已设置", null))));
        return true;
    }

    private void requireAdministrator(AccessScope scope) {
        scope.require(Permission.RULE_PARAMETERS);
        if (!canMaintain(scope)) {
            throw new ForbiddenException("节假日安排适用于全平台，只能由管理范围为“全部”的人员维护");
        }
    }
}
