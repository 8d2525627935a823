package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dangjian.dues.internal.BulkPayments;
import cn.dangjian.dues.internal.MemberAccess;
import cn.dangjian.dues.internal.PaymentStore;
import cn.dangjian.dues.internal.PaymentWriter;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments, recorded once where they happen (DF-12): a member's months paid, by the member or by a relative or
 * another member on their behalf, on time, in advance or late; corrections as new rows; and the monthly
 * 收缴登记表 and each member's ledger derived from them.
 */
@Service
@Transactional(readOnly = true)
public class DuesPayments {

    private final PaymentWriter writer;
    private final BulkPayments bulk;
    private final PaymentStore payments;
    private final RegisterStore register;
    private final MemberAccess access;
    private final MemberQueries members;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuesPayments(PaymentWriter writer, BulkPayments bulk, PaymentStore payments, RegisterStore register, MemberAccess access,
                 MemberQueries members, OrgUnits orgs, ApplicationEventPublisher events, Clock clock) {
        this.writer = writer;
        this.bulk = bulk;
        this.payments = payments;
        this.register = register;
        this.access = access;
        this.members = members;
        this.orgs = orgs;
        this.events = events;
        this.clock = clock;
    }

    /** Records a payment; returns its number (JF…). */
    @Transactional
    public String record(AccessScope scope, RecordPayment cmd) {
        scope.require(Permission.DUES_RECORD);
        MemberPlacement member = access.writable(scope, cmd.memberId());
        return writer.write(scope.username(), member, cmd, LocalDate.now(clock), "FORM", null);
    }

    /**
     * Records that each of {@code memberIds} paid {@code month} themselves on {@code paidOn} — the usual 党费日 —
     * all or nothing; returns how many were recorded.
     */
    @Transactional
    public int recordMonth(AccessScope scope, long orgId, YearMonth month, LocalDate paidOn, List<Long> memberIds) {
        scope.require(Permission.DUES_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<FieldProblem> problems = new ArrayList<>();
        for (Long id : memberIds) {
            MemberPlacement member = access.writable(scope, id);
            if (member.orgId() != org.id()) {
                throw new NotFoundException("党员不存在");
            }
            try {
                writer.write(scope.username(), member, RecordPayment.self(id, paidOn, month), LocalDate.now(clock), "FORM", null);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.label(), member.name() + "：" + p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return memberIds.size();
    }

    /** Rows per batch: a 机关党委's month is a few thousand; a year of a city goes in many batches. */
    public static final int MAX_BATCH = 20_000;

    /** The longest import key kept to recognise a re-import (a hash, or a platform's serial with the member). */
    public static final int MAX_IMPORT_KEY = 200;

    /**
     * Records many payments of an organization's subtree at once (an import, a year's records): each row checked
     * like {@link #record}, refused rows reported by index, the others written together; a row whose import key
     * was recorded before is skipped. Rows for members outside the organization are refused.
     */
    @Transactional
    public PaymentBatch.Result recordAll(AccessScope scope, long orgId, List<PaymentBatch.Row> rows, String source) {
        scope.require(Permission.DUES_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        if (rows.size() > MAX_BATCH) {
            throw new InvalidInputException("rows", "交纳记录", "一次最多" + MAX_BATCH + "行，请分批登记");
        }
        Map<Long, MemberPlacement> placed = new HashMap<>();
        access.placements(rows.stream().map(r -> r.payment().memberId()).distinct().toList())
                .forEach(p -> placed.put(p.memberId(), p));
        Map<Integer, List<FieldProblem>> refused = new java.util.TreeMap<>();
        List<BulkPayments.Row> accepted = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MemberPlacement m = placed.get(rows.get(i).payment().memberId());
            if (m == null || !m.orgPath().startsWith(org.path()) || !scope.coversOrg(m.orgId(), m.orgPath())) {
                refused.put(i, List.of(new FieldProblem("memberId", "党员", "不是" + org.name() + "的党员")));
                continue;
            }
            String key = rows.get(i).importKey();
            if (key != null && key.length() > MAX_IMPORT_KEY) {
                refused.put(i, List.of(new FieldProblem("importKey", "交易流水号", "过长，不能超过" + MAX_IMPORT_KEY + "个字符")));
                continue;
            }
            accepted.add(new BulkPayments.Row(m, rows.get(i).payment(), rows.get(i).importKey()));
            index.add(i);
        }
        BulkPayments.Result result = bulk.write(scope.username(), org.id(), accepted, LocalDate.now(clock),
                source == null ? "IMPORT" : source);
        result.refused().forEach((i, problems) -> refused.put(index.get(i), problems));
        return new PaymentBatch.Result(result.written(), result.skipped(), refused);
    }

    /**
     * Corrects one month of a payment: a new row replacing it with {@code amount} (元; 0 = 撤销) and the reason.
     * A row already replaced cannot be corrected again (correct its replacement).
     */
    @Transactional
    public long correct(AccessScope scope, long paymentRowId, String amount, String reason) {
        scope.require(Permission.DUES_RECORD);
        PaymentLine row = payments.find(paymentRowId).orElseThrow(() -> new NotFoundException("交纳记录不存在"));
        MemberPlacement member = access.writable(scope, row.memberId());
        register.lockMonths(List.of(member.memberId()), row.month(), row.month());
        if (payments.find(paymentRowId).map(PaymentLine::superseded).orElse(true)) {
            throw new ConflictException("该记录已被更正，请更正最新的记录");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Fen fen = Fen.optional("amount", "更正后金额", amount, problems);
        if (fen == null && problems.isEmpty()) {
            problems.add(new FieldProblem("amount", "更正后金额", "不能为空（撤销填0）"));
        }
        String why = TextKind.LONG_TEXT.required("reason", "更正原因", reason, problems);
        RegisterStore.Line line = register.lines(member.memberId(), row.month(), row.month()).stream().findFirst().orElse(null);
        if (fen != null && line != null && fen.value() > line.dueFen()) {
            problems.add(new FieldProblem("amount", "更正后金额", "不能超过该月应交的" + Fen.of(line.dueFen()) + "元"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = payments.insert(row.paymentNo(), member.memberId(), member.orgId(), member.orgPath(), row.month(), fen,
                row.paidOn(), row.method(), row.proxyName(), row.consent(), "CORRECTION", null, row.id(), why,
                scope.username());
        register.refresh(List.of(member.memberId()), row.month().getYear());
        events.publishEvent(new DuesRecorded(scope.username(), "党费交纳", member.memberId(), member.orgId(),
                fen.isZero() ? "撤销交纳记录" : "更正交纳记录", List.of(new FieldChange("党员", null, member.name()),
                new FieldChange("月份", null, row.month().toString()),
                new FieldChange("金额", row.amount() + "元", fen + "元"), new FieldChange("原因", null, why))));
        return id;
    }

    /**
     * The 收缴登记表 of an organization for a month: every member on its roll, in roster order, then anyone whose
     * month was kept here and who has since transferred out (marked 已转出), so a past month reads as it was.
     */
    public List<RegisterLine> register(AccessScope scope, long orgId, YearMonth month) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<RosterEntry> roll = new ArrayList<>(members.rosterOf(org.id()));
        Map<Long, RegisterStore.Line> lines = new HashMap<>();
        register.linesOf(List.of(org.id()), month, month).forEach(l -> lines.put(l.memberId(), l));
        Set<Long> onRoll = roll.stream().map(RosterEntry::id).collect(Collectors.toSet());
        members.placements(lines.keySet().stream().filter(id -> !onRoll.contains(id)).toList()).values().stream()
                .sorted(Comparator.comparing(MemberPlacement::memberId))
                .forEach(p -> roll.add(new RosterEntry(p.memberId(), p.name() + "（已转出）", p.kind(), p.status(),
                        null, false)));
        List<Long> ids = roll.stream().map(RosterEntry::id).toList();
        Map<Long, PaymentLine> paid = new HashMap<>();
        payments.inForce(ids, month).stream().filter(p -> !p.amount().isZero()).forEach(p -> paid.put(p.memberId(), p));
        Map<String, String> covered = payments.covered(paid.values().stream().map(PaymentLine::paymentNo).distinct().toList());
        return roll.stream().map(r -> {
            RegisterStore.Line l = lines.get(r.id());
            PaymentLine p = paid.get(r.id());
            String method = p == null ? "" : p.method().label() + (p.proxyName() == null ? "" : "（" + p.proxyName() + "）")
                    + "·" + p.timing();
            return new RegisterLine(r.id(), r.name(), r.kind(), month, l == null ? null : Fen.of(l.dueFen()),
                    l == null ? Fen.ZERO : Fen.of(l.paidFen()), l == null ? null : l.paidOn(), method,
                    p == null ? "" : covered.getOrDefault(p.paymentNo(), ""), l != null && l.reductionId() != null);
        }).toList();
    }

    /** A member's payment rows, newest first (their own for a member). */
    public List<PaymentLine> ofMember(AccessScope scope, long memberId) {
        scope.require(Permission.DUES_VIEW);
        access.readable(scope, memberId);
        return payments.ofMember(memberId, 500);
    }
}
