package cn.dangjian.member.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which organizations hold members on the current roll, from the maintained {@code member_headcount}. */
@Component
public class HolderStore {

    private final JdbcClient jdbc;

    HolderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organizations under this path prefix holding members on the roll, with their paths. */
    public Map<Long, String> holdersUnder(String pathPrefix) {
        Map<Long, String> holders = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT org_id, org_path FROM member_headcount
                        WHERE org_path LIKE :prefix AND full_count + probationary_count > 0 ORDER BY org_path""")
                .param("prefix", pathPrefix + "%")
                .query((rs, n) -> holders.put(rs.getLong("org_id"), rs.getString("org_path"))).list();
        return holders;
    }
}
