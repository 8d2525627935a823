package cn.dangjian.transfer;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts a 机关党委 or 工委 — or a branch, for itself — reads above its list of transfers: the year's moves in,
 * out and within its subtree, and what is open now. Two statements (transfers, letters from outside the platform);
 * the caller must reach the organization. Moves count members; letters awaiting their 回执 count letters, so a
 * 整建制转移's one letter counts once.
 */
@Service
@Transactional(readOnly = true)
public class TransferOverview {

    private final OrgUnits orgs;
    private final JdbcClient jdbc;

    TransferOverview(OrgUnits orgs, JdbcClient jdbc) {
        this.orgs = orgs;
        this.jdbc = jdbc;
    }

    public TransferSummary summary(AccessScope scope, long orgId, int year) {
        scope.require(Permission.TRANSFER_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        int[] c = jdbc.sql("""
                        SELECT
                          count(*) FILTER (WHERE sent_on_year AND state IN ('SENT', 'RECEIVED') AND from_in AND NOT to_in),
                          count(*) FILTER (WHERE sent_on_year AND state IN ('SENT', 'RECEIVED') AND from_in AND kind = 'OUT'),
                          count(*) FILTER (WHERE received_year AND state = 'RECEIVED' AND to_in AND NOT from_in),
                          count(*) FILTER (WHERE received_year AND state = 'RECEIVED' AND to_in AND from_in),
                          count(*) FILTER (WHERE state = 'APPROVING' AND from_in),
                          count(*) FILTER (WHERE state = 'SENT' AND kind = 'WITHIN' AND (from_in OR to_in)),
                          count(DISTINCT COALESCE(batch_id, id)) FILTER (WHERE state = 'SENT' AND kind = 'OUT' AND from_in
                                           AND letter_no IS NOT NULL AND letter_receipt_returned_on IS NULL)
                        FROM (SELECT t.*, t.org_path LIKE :p AS from_in, COALESCE(t.to_org_path LIKE :p, false) AS to_in,
                                     extract(year FROM t.sent_on) = :year AS sent_on_year,
                                     extract(year FROM t.received_on) = :year AS received_year
                              FROM transfer t
                              WHERE t.org_path LIKE :p OR t.to_org_path LIKE :p) t""")
                .param("p", org.path() + "%").param("year", year)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7)})
                .single();
        int[] in = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE extract(year FROM received_on) = :year),
                               count(*) FILTER (WHERE receipt_sent_on IS NULL)
                        FROM transfer_incoming WHERE org_path LIKE :p""")
                .param("p", org.path() + "%").param("year", year)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return new TransferSummary(year, c[0], c[1], c[2] + in[0], in[0], c[3], c[4], c[5], c[6], in[1]);
    }
}
