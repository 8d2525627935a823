package cn.dangjian.responsibility.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.responsibility.DutyCycle;
import cn.dangjian.responsibility.DutyDraft;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.DutyPost;
import cn.dangjian.responsibility.DutyView;
import cn.dangjian.responsibility.Evidence;
import cn.dangjian.responsibility.ListView;
import cn.dangjian.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued lists with their duties, and the organizations' statements for duties no record evidences. */
@Repository
public class ListStore {

    /** A list's row as stored, with the issuer's path for scope checks. */
    public record Stored(ListView view, String issuerPath) {
    }

    /** An organization's statement on a duty. */
    public record Statement(long dutyId, long orgId, String text, LocalDate on) {
    }

    private final JdbcClient jdbc;

    ListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long issuerOrgId, String issuerPath, int year, String title, LocalDate on, String by,
                       List<DutyDraft> duties) {
        long id = jdbc.sql("""
                        INSERT INTO resp_list (issuer_org_id, issuer_path, year, title, issued_on, issued_by)
                        VALUES (:org, :path, :year, :title, :on, :by) ON CONFLICT (issuer_org_id, year) DO NOTHING
                        RETURNING id""")
                .param("org", issuerOrgId).param("path", issuerPath).param("year", year).param("title", title)
                .param("on", on).param("by", by).query(Long.class).optional()
                .orElseThrow(() -> new ConflictException(year + "年度的责任清单已印发，请在清单上修订"));
        writeDuties(id, duties);
        return id;
    }

    /** The new title and duties: rows kept by id are updated, new ones added, those left out removed. */
    public void revise(long id, int version, String title, List<DutyDraft> duties) {
        int updated = jdbc.sql("UPDATE resp_list SET title = :title, version = version + 1 WHERE id = :id AND version = :v")
                .param("title", title).param("id", id).param("v", version).update();
        if (updated == 0) {
            throw new ConflictException("该清单已被他人修订，请刷新后重试");
        }
        List<Long> kept = duties.stream().map(DutyDraft::id).filter(java.util.Objects::nonNull).toList();
        jdbc.sql("DELETE FROM resp_duty WHERE list_id = :id AND NOT (id = ANY(:kept))")
                .param("id", id).param("kept", kept.toArray(Long[]::new)).update();
        writeDuties(id, duties);
    }

    private void writeDuties(long listId, List<DutyDraft> duties) {
        int position = 0;
        for (DutyDraft d : duties) {
            position++;
            var sql = d.id() == null
                    ? jdbc.sql("""
                    INSERT INTO resp_duty (list_id, position, level, post, text, basis, cycle, evidence)
                    VALUES (:list, :position, :level, :post, :text, :basis, :cycle, :evidence)""")
                    : jdbc.sql("""
                    UPDATE resp_duty SET position = :position, level = :level, post = :post, text = :text,
                           basis = :basis, cycle = :cycle, evidence = :evidence
                    WHERE id = :id AND list_id = :list""").param("id", d.id());
            sql.param("list", listId).param("position", position).param("level", d.level().name())
                    .param("post", d.post().name()).param("text", d.text()).param("basis", d.basis())
                    .param("cycle", d.cycle().name()).param("evidence", d.evidence() == null ? null : d.evidence().name())
                    .update();
        }
    }

    public Optional<Stored> find(long id, java.util.function.LongFunction<String> names) {
        return jdbc.sql("SELECT * FROM resp_list WHERE id = :id").param("id", id)
                .query((rs, n) -> new Stored(new ListView(rs.getLong("id"), rs.getLong("issuer_org_id"),
                        names.apply(rs.getLong("issuer_org_id")), rs.getInt("year"), rs.getString("title"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"), rs.getInt("version"),
                        duties(rs.getLong("id"))), rs.getString("issuer_path")))
                .optional();
    }

    /** The ids of the lists of {@code year} issued by an organization on {@code path} or above it, nearest first. */
    public List<Long> binding(String path, int year) {
        return jdbc.sql("""
                        SELECT id FROM resp_list WHERE year = :year AND :path LIKE issuer_path || '%'
                        ORDER BY length(issuer_path) DESC""")
                .param("year", year).param("path", path).query(Long.class).list();
    }

    public Optional<Long> issuedBy(long orgId, int year) {
        return jdbc.sql("SELECT id FROM resp_list WHERE issuer_org_id = :org AND year = :year")
                .param("org", orgId).param("year", year).query(Long.class).optional();
    }

    private List<DutyView> duties(long listId) {
        return jdbc.sql("SELECT * FROM resp_duty WHERE list_id = :id ORDER BY position, id").param("id", listId)
                .query((rs, n) -> new DutyView(rs.getLong("id"), rs.getInt("position"),
                        DutyLevel.valueOf(rs.getString("level")), DutyPost.valueOf(rs.getString("post")),
                        rs.getString("text"), rs.getString("basis"), DutyCycle.valueOf(rs.getString("cycle")),
                        rs.getString("evidence") == null ? null : Evidence.valueOf(rs.getString("evidence"))))
                .list();
    }

    public void state(long dutyId, long orgId, String orgPath, String text, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO resp_statement (duty_id, org_id, org_path, statement, stated_by, stated_at)
                        VALUES (:duty, :org, :path, :text, :by, :at)
                        ON CONFLICT (duty_id, org_id) DO UPDATE SET statement = EXCLUDED.statement,
                            stated_by = EXCLUDED.stated_by, stated_at = EXCLUDED.stated_at""")
                .param("duty", dutyId).param("org", orgId).param("path", orgPath).param("text", text)
                .param("by", by).param("at", java.sql.Timestamp.from(at)).update();
    }

    /** The statements on the list's duties by these organizations, by organization then duty. */
    public Map<Long, Map<Long, Statement>> statements(long listId, List<Long> orgIds) {
        Map<Long, Map<Long, Statement>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT s.duty_id, s.org_id, s.statement, s.stated_at FROM resp_statement s
                        JOIN resp_duty d ON d.id = s.duty_id WHERE d.list_id = :list AND s.org_id = ANY(:orgs)""")
                .param("list", listId).param("orgs", orgIds.toArray(Long[]::new))
                .query((rs, n) -> new Statement(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()))
                .list().forEach(s -> result.computeIfAbsent(s.orgId(), k -> new HashMap<>()).put(s.dutyId(), s));
        return result;
    }

    public List<Long> dutyIds(long listId) {
        return new ArrayList<>(jdbc.sql("SELECT id FROM resp_duty WHERE list_id = :id").param("id", listId)
                .query(Long.class).list());
    }
}
