package cn.dangjian.dues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dues handed up (上缴, DF-22): per period, with the proof; the register's totals for the period are kept as they
 * were, and each remittance is shown against the register as it is now and the share the parameter sets, so a
 * later payment or correction shows as a difference to settle.
 */
@Service
@Transactional(readOnly = true)
public class DuesRemittances {

    private final JdbcClient jdbc;
    private final RegisterStore register;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuesRemittances(JdbcClient jdbc, RegisterStore register, OrgUnits orgs, RuleParameters parameters,
                    ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.orgs = orgs;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(AccessScope scope, RecordRemittance cmd) {
        scope.require(Permission.DUES_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (cmd.from() == null || cmd.until() == null) {
            problems.add(new FieldProblem("from", "上缴期间", "请填写起止月份"));
        } else if (cmd.until().isBefore(cmd.from())) {
            problems.add(new FieldProblem("until", "上缴期间", "截止月份不能早于起始月份"));
        } else if (cmd.until().isAfter(cmd.from().plusMonths(11))) {
            problems.add(new FieldProblem("until", "上缴期间", "一次最多12个月"));
        }
        if (cmd.remittedOn() == null) {
            problems.add(new FieldProblem("remittedOn", "上缴日期", "不能为空"));
        } else if (cmd.remittedOn().isAfter(today)) {
            problems.add(new FieldProblem("remittedOn", "上缴日期", "不能晚于今天"));
        }
        Fen amount = Fen.optional("amount", "上缴金额", cmd.amount(), problems);
        if (amount == null && problems.stream().noneMatch(p -> p.field().equals("amount"))) {
            problems.add(new FieldProblem("amount", "上缴金额", "不能为空"));
        }
        String proof = TextKind.SHORT_TEXT.required("proofNo", "凭证号", cmd.proofNo(), problems);
        String handler = TextKind.PERSON_NAME.required("handledBy", "经手人", cmd.handledBy(), problems);
        String note = TextKind.LONG_TEXT.optional("note", "备注", cmd.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RegisterStore.OrgTotals t = own(org, cmd.from(), cmd.until());
        int share = parameters.valuesFor(org.path(), cmd.until().atEndOfMonth()).whole(DuesParameters.REMIT_SHARE);
        OrgUnitRef to = org.parentId() == null ? org : orgs.approvingCommittee(orgs.ref(org.parentId()).orElse(org));
        long id = jdbc.sql("""
                        INSERT INTO dues_remittance (org_id, org_path, to_org_id, period_from, period_until, members, due_fen,
                            collected_fen, share_percent, remitted_fen, remitted_on, method, proof_no, handled_by, note, recorded_by)
                        VALUES (:org, :path, :to, :from, :until, :members, :due, :collected, :share, :remitted, :on, :method,
                            :proof, :handler, :note, :actor) RETURNING id""")
                .param("org", org.id()).param("path", org.path()).param("to", to.id()).param("from", cmd.from().atDay(1))
                .param("until", cmd.until().atDay(1)).param("members", t.members()).param("due", t.dueFen())
                .param("collected", t.heldFen()).param("share", share).param("remitted", amount.value())
                .param("on", cmd.remittedOn()).param("method", cmd.bankTransfer() ? "BANK_TRANSFER" : "CASH_SLIP")
                .param("proof", proof).param("handler", handler).param("note", note).param("actor", scope.username())
                .query(Long.class).single();
        events.publishEvent(new DuesRecorded(scope.username(), "党费上缴", id, org.id(), "登记上缴", List.of(
                new FieldChange("期间", null, cmd.from() + "至" + cmd.until()), new FieldChange("上缴金额", null, amount + "元"),
                new FieldChange("凭证号", null, proof))));
        return id;
    }

    /** The remittances of an organization's subtree whose period ends in {@code year}, with their reconciliation. */
    public List<RemittanceView> list(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        AccessScope.Clause clause = scope.orgClause("r.org_id", "r.org_path");
        Map<String, Object> params = new HashMap<>(clause.params());
        params.put("prefix", org.path() + "%");
        params.put("y", year);
        List<Stored> rows = jdbc.sql("SELECT r.* FROM dues_remittance r WHERE r.org_path LIKE :prefix AND " + clause.sql()
                        + " AND extract(year FROM r.period_until) = :y"
                        + " AND NOT EXISTS (SELECT 1 FROM dues_remittance c WHERE c.corrects_id = r.id)"
                        + " ORDER BY r.period_from, r.org_path, r.id LIMIT 2000")
                .params(params).query(DuesRemittances::stored).list();
        Map<Long, String> names = new HashMap<>();
        orgs.refs(rows.stream().map(Stored::orgId).distinct().toList()).forEach(r -> names.put(r.id(), r.name()));
        return rows.stream().map(s -> {
            OrgUnitRef holder = new OrgUnitRef(s.orgId(), null, s.orgPath(), 0, null, "", true);
            RegisterStore.OrgTotals now = own(holder, s.from(), s.until());
            return new RemittanceView(s.id(), s.orgId(), names.getOrDefault(s.orgId(), ""), s.from(), s.until(), s.members(),
                    Fen.of(s.dueFen()), Fen.of(s.collectedFen()), Fen.of(now.heldFen()), s.share(), Fen.of(s.remittedFen()),
                    s.remittedOn(), s.bank(), s.proofNo(), s.handledBy(), s.note(), s.recordedBy());
        }).toList();
    }

    /** The organization's own members' totals (not its subtree's) for a period. */
    private RegisterStore.OrgTotals own(OrgUnitRef org, YearMonth from, YearMonth until) {
        return register.ownTotals(org.id(), from, until, LocalDate.now(clock));
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"),
                YearMonth.from(rs.getObject("period_from", LocalDate.class)),
                YearMonth.from(rs.getObject("period_until", LocalDate.class)), rs.getInt("members"), rs.getLong("due_fen"),
                rs.getLong("collected_fen"), rs.getInt("share_percent"), rs.getLong("remitted_fen"),
                rs.getObject("remitted_on", LocalDate.class), "BANK_TRANSFER".equals(rs.getString("method")),
                rs.getString("proof_no"), rs.getString("handled_by"), rs.getString("note"), rs.getString("recorded_by"));
    }

    private record Stored(long id, long orgId, String orgPath, YearMonth from, YearMonth until, int members, long dueFen,
                          long collectedFen, int share, long remittedFen, LocalDate remittedOn, boolean bank,
                          String proofNo, String handledBy, String note, String recordedBy) {
    }
}
