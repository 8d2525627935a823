package cn.dangjian.life.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.life.TalkView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code talk}. */
@Repository
public class TalkStore {

    private final JdbcClient jdbc;

    TalkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long orgId, String orgPath, LocalDate on, long initiator, String initiatorName, long partner,
                       String partnerName, String topic, String followUp, String recordedBy) {
        return jdbc.sql("""
                        INSERT INTO talk (org_id, org_path, talked_on, initiator_id, initiator_name, partner_id,
                            partner_name, topic, follow_up, recorded_by)
                        VALUES (:org, :path, :on, :initiator, :initiatorName, :partner, :partnerName, :topic,
                            :followUp, :by) RETURNING id""")
                .param("org", orgId).param("path", orgPath).param("on", on).param("initiator", initiator)
                .param("initiatorName", initiatorName).param("partner", partner).param("partnerName", partnerName)
                .param("topic", topic).param("followUp", followUp).param("by", recordedBy)
                .query(Long.class).single();
    }

    /** The talks of these organizations in {@code year}, in one statement. */
    public List<TalkView> ofOrgs(java.util.Collection<Long> orgIds, int year) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM talk WHERE org_id = ANY(:orgs) AND talked_on >= :from AND talked_on < :to
                        ORDER BY org_id, talked_on, id""")
                .param("orgs", orgIds.toArray(new Long[0])).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query(TalkStore::talk)
                .list();
    }

    public List<TalkView> ofOrg(long orgId, int year) {
        return jdbc.sql("""
                        SELECT * FROM talk WHERE org_id = :org AND talked_on >= :from AND talked_on < :to
                        ORDER BY talked_on DESC, id DESC""")
                .param("org", orgId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(TalkStore::talk)
                .list();
    }

    private static TalkView talk(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TalkView(rs.getLong("id"), rs.getLong("org_id"), rs.getObject("talked_on", LocalDate.class),
                rs.getLong("initiator_id"), rs.getString("initiator_name"), rs.getLong("partner_id"),
                rs.getString("partner_name"), rs.getString("topic"), rs.getString("follow_up"),
                rs.getString("recorded_by"));
    }
}
