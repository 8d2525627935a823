package cn.dangjian.calendar.web;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.dangjian.calendar.CalendarDay;
import cn.dangjian.calendar.CalendarYear;
import cn.dangjian.calendar.DayKind;
import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.CodedValue;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 节假日安排: a year's holidays and make-up workdays, whether the year has been entered, a working-day calculator
 * for everyone, and for the platform-wide administrator the form that enters, corrects or removes a day. A refused
 * entry re-renders the page with what was typed and the message naming the field.
 */
@Controller
class CalendarPageController {

    private final WorkCalendar calendar;
    private final Clock clock;

    CalendarPageController(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String page(AccessScope scope, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String edit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String n, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        CalendarYear shown = calendar.year(y);
        model.addAttribute("year", y);
        model.addAttribute("calendar", shown);
        model.addAttribute("rows", shown.days().stream().map(DayRow::of).toList());
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("maxSpan", WorkCalendar.MAX_SPAN);
        model.addAttribute("canMaintain", calendar.canMaintain(scope));
        if (!model.containsAttribute("typedDay")) {
            CalendarDay editing = edit == null ? null
                    : shown.days().stream().filter(d -> d.day().toString().equals(edit)).findFirst().orElse(null);
            model.addAttribute("typedDay", editing == null ? null : editing.day().toString());
            model.addAttribute("typedKind", editing == null ? null : editing.kind().name());
            model.addAttribute("typedName", editing == null ? null : editing.name());
        }
        calculate(from, n, today, model);
        return "calendar/days";
    }

    @PostMapping("/calendar")
    String put(AccessScope scope, @RequestParam(required = false) String day,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String name,
               @RequestParam(required = false) Integer year, Model model, RedirectAttributes redirect) {
        CalendarDay stored;
        try {
            stored = calendar.put(scope, new CalendarDay(parseDay(day, "day", "日期"), parseKind(kind), name));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typedDay", day);
            model.addAttribute("typedKind", kind);
            model.addAttribute("typedName", name);
            return page(scope, year, null, null, null, model);
        }
        redirect.addFlashAttribute("notice", "已保存：" + stored.day() + " " + stored.kind().label() + "（"
                + stored.name() + "）");
        return "redirect:/calendar?year=" + stored.day().getYear() + "#day-" + stored.day();
    }

    @PostMapping("/calendar/remove")
    String remove(AccessScope scope, @RequestParam(required = false) String day, RedirectAttributes redirect) {
        LocalDate date = parseDay(day, "day", "日期");
        if (date == null) {
            throw new InvalidInputException("day", "日期", "请选择要删除的日期");
        }
        boolean removed = calendar.remove(scope, date);
        redirect.addFlashAttribute("notice", removed ? "已删除 " + date + " 的安排，该日恢复按星期计算"
                : date + " 没有录入安排，无需删除");
        return "redirect:/calendar?year=" + date.getYear();
    }

    /** The working-day calculator: nothing until a start date or a count was typed, then the answer or the problem. */
    private void calculate(String from, String n, LocalDate today, Model model) {
        model.addAttribute("typedFrom", from == null ? today.toString() : from);
        model.addAttribute("typedN", n == null ? "5" : n);
        if (from == null && n == null) {
            return;
        }
        try {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate start = null;
            try {
                start = parseDay(from, "from", "起始日期");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            Integer count = null;
            String typed = blankToNull(n);
            if (typed != null) {
                try {
                    count = Integer.valueOf(typed);
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("n", "工作日数", "应为1至" + WorkCalendar.MAX_SPAN + "之间的整数"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var span = calendar.span(start, count);
            model.addAttribute("span", span);
            model.addAttribute("spanWeekday", weekday(span.lastDay()));
            model.addAttribute("startIsWorkingDay", calendar.workingDays().isWorkingDay(span.start()));
        } catch (InvalidInputException e) {
            model.addAttribute("spanError", e.getMessage());
        }
    }

    /** A typed date (yyyy-MM-dd): {@code null} when blank, the field named when it is not a date. */
    private static LocalDate parseDay(String text, String field, String label) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label, "“" + t + "”不是有效日期，请按 2027-01-01 的格式填写");
        }
    }

    /** The kind chosen ({@code null}, refused by the calendar with its message, when none or an unknown one). */
    private static DayKind parseKind(String text) {
        return CodedValue.lookup(DayKind.class, text).orElse(null);
    }

    static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
    }

    /** A row of the year's table. */
    record DayRow(LocalDate day, String weekday, DayKind kind, String name) {

        static DayRow of(CalendarDay d) {
            return new DayRow(d.day(), CalendarPageController.weekday(d.day()), d.kind(), d.name());
        }
    }
}
