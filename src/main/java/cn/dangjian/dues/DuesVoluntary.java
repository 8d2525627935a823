package cn.dangjian.dues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.internal.MemberAccess;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voluntary payments (自愿多交党费, DF-11): recorded by the branch; one of 1000元 or more needs the reason and the
 * member's 现实表现 and is forwarded whole by the 党委 (DF-21), which records when and the receipt number.
 */
@Service
@Transactional(readOnly = true)
public class DuesVoluntary {

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuesVoluntary(JdbcClient jdbc, MemberAccess access, OrgUnits orgs, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.orgs = orgs;
        this.events = events;
        this.clock = clock;
    }

    /** Records a voluntary payment; returns its id. */
    @Transactional
    public long record(AccessScope scope, long memberId, LocalDate paidOn, String amount, String reason, String performance) {
        scope.require(Permission.DUES_RECORD);
        MemberPlacement member = access.writable(scope, memberId);
        List<FieldProblem> problems = new ArrayList<>();
        Fen fen = Fen.optional("amount", "金额", amount, problems);
        if (fen == null && problems.isEmpty()) {
            problems.add(new FieldProblem("amount", "金额", "不能为空"));
        } else if (fen != null && fen.isZero()) {
            problems.add(new FieldProblem("amount", "金额", "应大于0"));
        }
        if (paidOn == null) {
            problems.add(new FieldProblem("paidOn", "交纳日期", "不能为空"));
        } else if (paidOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("paidOn", "交纳日期", "不能晚于今天"));
        }
        boolean large = fen != null && fen.compareTo(VoluntaryPayment.LARGE) >= 0;
        String why = large ? TextKind.LONG_TEXT.required("reason", "多交党费的原因", reason, problems)
                : TextKind.LONG_TEXT.optional("reason", "多交党费的原因", reason, problems);
        String shown = large ? TextKind.LONG_TEXT.required("performance", "现实表现", performance, problems)
                : TextKind.LONG_TEXT.optional("performance", "现实表现", performance, problems);
        if (!problems.isEmpty()) {
            if (large) {
                problems.add(0, new FieldProblem("amount", "金额", "一次自愿多交1000元以上的，全部上缴中央，须附党员基本情况、现实表现和多交原因"
                        + "（DF-21，" + DuesCategory.REGULATION + "第十一条）"));
            }
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                        INSERT INTO dues_voluntary (member_id, org_id, org_path, paid_on, amount_fen, reason, performance, recorded_by)
                        VALUES (:m, :org, :path, :paid, :amount, :reason, :perf, :actor) RETURNING id""")
                .param("m", memberId).param("org", member.orgId()).param("path", member.orgPath()).param("paid", paidOn)
                .param("amount", fen.value()).param("reason", why).param("perf", shown).param("actor", scope.username())
                .query(Long.class).single();
        events.publishEvent(new DuesRecorded(scope.username(), "自愿多交党费", id, member.orgId(), "登记", List.of(
                new FieldChange("党员", null, member.name()), new FieldChange("金额", null, fen + "元"),
                new FieldChange("交纳日期", null, paidOn.toString()))));
        return id;
    }

    /**
     * The 党委 forwards a large payment whole (DF-21): the day and the receipt number if already issued. Only an
     * organization above the member's branch that the caller's scope covers may do it.
     */
    @Transactional
    public void forward(AccessScope scope, long id, LocalDate forwardedOn, String receiptNo, int version) {
        scope.require(Permission.DUES_APPROVE);
        VoluntaryPayment p = get(scope, id);
        OrgUnitRef branch = orgs.ref(p.orgId()).orElseThrow();
        OrgUnitRef committee = orgs.approvingCommittee(branch.parentId() == null ? branch
                : orgs.ref(branch.parentId()).orElse(branch));
        if (!scope.coversOrg(committee.id(), committee.path())) {
            throw new ForbiddenException("大额自愿多交党费由" + committee.name() + "收集转交");
        }
        if (!p.large()) {
            throw new ConflictException("1000元以下的自愿多交党费由党支部随党费一并管理，无需单独转交");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (forwardedOn == null) {
            problems.add(new FieldProblem("forwardedOn", "转交日期", "不能为空"));
        } else if (forwardedOn.isBefore(p.paidOn()) || forwardedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("forwardedOn", "转交日期", "应在交纳日期" + p.paidOn() + "和今天之间"));
        }
        String receipt = TextKind.SHORT_TEXT.optional("receiptNo", "收据号", receiptNo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int n = jdbc.sql("""
                        UPDATE dues_voluntary SET forwarded_on = :on, forwarded_by = :actor, receipt_no = :receipt,
                            version = version + 1 WHERE id = :id AND version = :version""")
                .param("on", forwardedOn).param("actor", scope.username()).param("receipt", receipt).param("id", id)
                .param("version", version).update();
        if (n == 0) {
            throw new ConflictException("该记录已被他人修改，请刷新后查看");
        }
        events.publishEvent(new DuesRecorded(scope.username(), "自愿多交党费", id, p.orgId(), "转交", List.of(
                new FieldChange("转交日期", p.forwardedOn() == null ? null : p.forwardedOn().toString(), forwardedOn.toString()),
                new FieldChange("收据号", p.receiptNo(), receipt))));
    }

    public VoluntaryPayment get(AccessScope scope, long id) {
        scope.require(Permission.DUES_VIEW);
        VoluntaryPayment p = jdbc.sql("SELECT * FROM dues_voluntary WHERE id = :id").param("id", id)
                .query(DuesVoluntary::row).optional().orElseThrow(() -> new NotFoundException("记录不存在"));
        access.readable(scope, p.memberId());
        return named(List.of(p)).get(0);
    }

    /** The voluntary payments of an organization's subtree in {@code year}, large ones first, newest first. */
    public List<VoluntaryPayment> list(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        AccessScope.Clause clause = scope.orgClause("org_id", "org_path");
        Map<String, Object> params = new HashMap<>(clause.params());
        params.put("prefix", org.path() + "%");
        params.put("y", year);
        List<VoluntaryPayment> rows = jdbc.sql("SELECT * FROM dues_voluntary WHERE org_path LIKE :prefix AND " + clause.sql()
                        + " AND extract(year FROM paid_on) = :y ORDER BY amount_fen >= 100000 DESC, paid_on DESC, id DESC LIMIT 1000")
                .params(params).query(DuesVoluntary::row).list();
        return named(rows);
    }

    private List<VoluntaryPayment> named(List<VoluntaryPayment> rows) {
        Map<Long, String> names = new HashMap<>();
        access.placements(rows.stream().map(VoluntaryPayment::memberId).distinct().toList())
                .forEach(p -> names.put(p.memberId(), p.name()));
        return rows.stream().map(p -> new VoluntaryPayment(p.id(), p.memberId(), names.getOrDefault(p.memberId(), ""),
                p.orgId(), p.paidOn(), p.amount(), p.reason(), p.performance(), p.forwardedOn(), p.forwardedBy(),
                p.receiptNo(), p.version())).toList();
    }

    private static VoluntaryPayment row(ResultSet rs, int n) throws SQLException {
        return new VoluntaryPayment(rs.getLong("id"), rs.getLong("member_id"), "", rs.getLong("org_id"),
                rs.getObject("paid_on", LocalDate.class), Fen.of(rs.getLong("amount_fen")), rs.getString("reason"),
                rs.getString("performance"), rs.getObject("forwarded_on", LocalDate.class), rs.getString("forwarded_by"),
                rs.getString("receipt_no"), rs.getInt("version"));
    }
}
