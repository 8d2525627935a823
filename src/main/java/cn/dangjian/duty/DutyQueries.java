package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.dangjian.duty.internal.DutyFactsReader;
import cn.dangjian.shared.ForModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty module's door for other modules that apply their own caller's scope (compliance's fact provider). No
 * {@link cn.dangjian.shared.AccessScope}; web code may not call it.
 */
@Service
@ForModules
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class DutyQueries {

    private final DutyFactsReader facts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DutyQueries(DutyFactsReader facts, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.facts = facts;
        this.jdbc = jdbc;
    }

    /** The duty facts of each organization in {@code orgIds} that has any; others are absent. */
    public Map<Long, DutyFacts> facts(Collection<Long> orgIds, LocalDate today) {
        return facts.read(List.copyOf(orgIds));
    }

    /** The year's tasks and rectification items of the subtree at {@code path}, as on {@code today}. */
    public DutyYear year(String path, int year, LocalDate today) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        String prefix = cn.dangjian.shared.Texts.escapeLike(path) + "%";
        int[] parts = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE a.state = 'CLOSED'),
                               count(*) FILTER (WHERE a.state <> 'CLOSED' AND coalesce(a.extension_until, a.deadline) < :today)
                        FROM duty_assignment a JOIN duty_task t ON t.id = a.task_id
                        WHERE a.org_path LIKE :p AND a.state <> 'WITHDRAWN' AND t.issued_on >= :from AND t.issued_on < :until""")
                .param("p", prefix).param("from", from).param("until", until).param("today", today)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        int[] items = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE r.state = 'CLOSED'),
                               count(*) FILTER (WHERE r.state <> 'CLOSED' AND r.deadline < :today)
                        FROM duty_rectification r JOIN duty_inspection i ON i.id = r.inspection_id
                        WHERE r.org_path LIKE :p AND i.feedback_on >= :from AND i.feedback_on < :until""")
                .param("p", prefix).param("from", from).param("until", until).param("today", today)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        return new DutyYear(parts[0], parts[1], parts[2], items[0], items[1], items[2]);
    }
}
