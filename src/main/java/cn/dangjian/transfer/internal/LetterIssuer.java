package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.DuesQueries;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers a 介绍信 when its transfer leaves the platform (ZJ-03: the sending side fills in the number): the issuer is
 * the last organization on the route — the one whose approval lets it out, so under a route through the 工委 the
 * 工委 (ZJ-08) — or, with no approvals, the 基层党委 with transfer authority above the branch (JY-09); the number is
 * the next of that issuer's year,
 * taken from a counter row locked by the issuing transaction — never given twice, and a rolled-back attempt gives
 * its number back. The validity is the parameter in force for the branch that day (ZJ-05), and 党费已交到 is read
 * from the dues register at that moment and kept, so a reprint says the same.
 */
@Component
public class LetterIssuer {

    private final JdbcClient jdbc;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final DuesQueries dues;

    LetterIssuer(JdbcClient jdbc, OrgUnits orgs, RuleParameters parameters, DuesQueries dues) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.parameters = parameters;
        this.dues = dues;
    }

    /**
     * Issues the letter of a transfer just sent out of the platform, or a new one in place of a lost letter; for a
     * 整建制转移 one letter with one number for the whole batch, the lead first (ZJ-06), each member's 党费已交到 on
     * the name list.
     */
    public void issue(List<Transfer> batch, LocalDate on) {
        Transfer t = batch.get(0);
        OrgUnitRef from = orgs.ref(t.fromOrgId()).orElseThrow();
        List<TransferStep> route = t.steps();
        OrgUnitRef issuer = route.isEmpty() ? orgs.approvingCommittee(from)
                : orgs.ref(route.get(route.size() - 1).orgId()).orElseThrow();
        int no = jdbc.sql("""
                        INSERT INTO transfer_letter_counter (org_id, year, last_no) VALUES (:org, :year, 1)
                        ON CONFLICT (org_id, year) DO UPDATE SET last_no = transfer_letter_counter.last_no + 1
                        RETURNING last_no""")
                .param("org", issuer.id()).param("year", on.getYear()).query(Integer.class).single();
        int days = Integer.parseInt(parameters.valuesFor(from.path(), on).get(TransferParameters.VALIDITY_DAYS));
        Map<Long, YearMonth> paid = dues.paidUpTo(batch.stream().map(Transfer::memberId).toList());
        batch.forEach(each -> each.issueLetter(issuer.id(), on.getYear(), no, days, on, paid.get(each.memberId())));
    }
}
