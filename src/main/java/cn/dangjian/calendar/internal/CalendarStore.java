package cn.dangjian.calendar.internal;

import java.sql.Date;
import java.util.List;

import cn.dangjian.calendar.CalendarDay;
import cn.dangjian.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code calendar_day} table. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarDay> all() {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day ORDER BY day")
                .query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(), DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name")))
                .list();
    }

    /** Adds the day, or replaces what was said of it. */
    public void put(CalendarDay day, String by) {
        jdbc.sql("""
                        INSERT INTO calendar_day (day, kind, name, set_by) VALUES (:day, :kind, :name, :by)
                        ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
                                                        set_by = EXCLUDED.set_by, set_at = now()""")
                .param("day", Date.valueOf(day.day())).param("kind", day.kind().name()).param("name", day.name())
                .param("by", by).update();
    }

    public int remove(java.time.LocalDate day) {
        return jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", Date.valueOf(day)).update();
    }
}
