package cn.dangjian.calendar.web;

import java.time.LocalDate;

import cn.dangjian.calendar.CalendarDay;
import cn.dangjian.calendar.CalendarYear;
import cn.dangjian.calendar.DayKind;
import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDaySpan;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/calendar}: the official holidays and make-up workdays, and working-day counting. Reading is open
 * to every signed-in caller (the calendar is public information); entering is for the platform-wide administrator.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "节假日安排")
class CalendarApiController {

    private final WorkCalendar calendar;

    CalendarApiController(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** What the administrator says of one day; the date is in the path. */
    record DayEntry(@Schema(description = "HOLIDAY（放假）或 WORKDAY（调休上班，只能是周六或周日）") DayKind kind,
                    @Schema(description = "节日名称，如“国庆节”“春节调休上班”，不超过30字") String name) {
    }

    @GetMapping("/working-days")
    @Operation(summary = "自 from 起第 n 个工作日（from 当天如为工作日计为第1天），如公示不少于5个工作日的期满之日；"
            + "uncoveredYears 列出尚未录入节假日安排的年份，这些年份只扣除了周末")
    WorkingDaySpan workingDays(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) Integer n) {
        return calendar.span(from, n);
    }

    @GetMapping("/{year}")
    @Operation(summary = "某年的放假和调休上班日期（按日期排列），covered 表示该年的节假日安排是否已录入")
    CalendarYear year(@PathVariable int year) {
        return calendar.year(year);
    }

    @PutMapping("/days/{date}")
    @Operation(summary = "录入或修改某日的安排（仅限管理范围为“全部”的平台管理员），返回保存后的内容")
    CalendarDay put(AccessScope scope, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestBody DayEntry entry) {
        return calendar.put(scope, new CalendarDay(date, entry.kind(), entry.name()));
    }

    @DeleteMapping("/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除某日的安排，该日恢复按星期计算（仅限管理范围为“全部”的平台管理员）；该日未录入时返回 404")
    void remove(AccessScope scope, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (!calendar.remove(scope, date)) {
            throw new NotFoundException(date + " 没有录入放假或调休上班安排");
        }
    }
}
