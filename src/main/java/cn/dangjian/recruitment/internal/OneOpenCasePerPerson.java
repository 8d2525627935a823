package cn.dangjian.recruitment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.member.PersonalData;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person has at most one open 发展党员 case. The database enforces it (a unique index on the blind index of the
 * 身份证号 over open cases, so that two concurrent applications cannot both pass); this class gives the friendly
 * refusal before that, naming the open case where the caller may see it, and indexes cases stored before the
 * index existed.
 */
@Component
public class OneOpenCasePerPerson {

    private static final Logger log = LoggerFactory.getLogger(OneOpenCasePerPerson.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final OrgUnits orgs;

    OneOpenCasePerPerson(JdbcClient jdbc, PersonalData personal, OrgUnits orgs) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.orgs = orgs;
    }

    /** The person's key for the unique index. */
    public String keyOf(CitizenId id) {
        return personal.blindIndex(id.value());
    }

    /** Refuses a second open case of the person, naming the open one if it lies in the caller's scope. */
    public void refuseSecond(AccessScope scope, String personKey) {
        Optional<OpenOne> open = jdbc.sql("""
                        SELECT id, org_id, org_path, name, stage FROM recruitment_case
                        WHERE citizen_id_hash = :key AND stage NOT IN ('FULL', 'CLOSED')""")
                .param("key", personKey)
                .query((rs, n) -> new OpenOne(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"),
                        rs.getString("name"), Stage.valueOf(rs.getString("stage"))))
                .optional();
        if (open.isEmpty()) {
            return;
        }
        OpenOne c = open.get();
        if (!scope.coversOrg(c.orgId(), c.orgPath())) {
            throw new ConflictException("该同志在其他党组织已有未结束的发展党员案例，不能重复建档；"
                    + "如该同志的组织关系已转入本支部，请由原党组织办理转接");
        }
        String org = orgs.ref(c.orgId()).map(OrgUnitRef::name).orElse("");
        throw new ConflictException("该同志已有未结束的发展党员案例（编号" + c.id() + "，" + c.name() + "，" + org + "，"
                + c.stage().label() + "），不能重复建档，请在该案例中继续记录");
    }

    private record OpenOne(long id, long orgId, String orgPath, String name, Stage stage) {
    }

    /**
     * Computes the blind index of cases opened before it existed. Two open cases of one person stored before the
     * constraint keep the second unindexed (and are logged), since the index cannot hold both.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void indexEarlierCases() {
        long lastId = 0;
        while (true) {
            Map<Long, byte[]> batch = new LinkedHashMap<>();
            jdbc.sql("""
                            SELECT id, citizen_id_enc FROM recruitment_case
                            WHERE citizen_id_hash IS NULL AND id > :after ORDER BY id LIMIT :n""")
                    .param("after", lastId).param("n", BATCH)
                    .query((rs, n) -> batch.put(rs.getLong("id"), rs.getBytes("citizen_id_enc"))).list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach((id, sealed) -> {
                String key = keyOf(CitizenId.parse(personal.open(sealed)));
                int set = jdbc.sql("""
                                UPDATE recruitment_case c SET citizen_id_hash = :key
                                WHERE c.id = :id AND (c.stage IN ('FULL', 'CLOSED') OR NOT EXISTS (
                                    SELECT 1 FROM recruitment_case o WHERE o.citizen_id_hash = :key AND o.id <> c.id
                                      AND o.stage NOT IN ('FULL', 'CLOSED')))""")
                        .param("id", id).param("key", key).update();
                if (set == 0) {
                    log.warn("发展党员案例{}与同一人的另一未结束案例重复，请核实后终止其中一个", id);
                }
            });
            lastId = batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }
}
