package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.dues.excel.PaymentEntry;
import cn.dangjian.dues.internal.PaymentStore;
import cn.dangjian.dues.internal.PaymentWriter;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a payment export without storing anything, exactly as the import will: the member (by name,
 * and 身份证号 if mapped) in the organization's subtree; a row imported before, or repeated in the file, is
 * skipped; the months must be assessed, unpaid and paid for the amount they owe, 补交 beyond 6 months needs the
 * branch's consent (DF-12); 垫交 and 扣缴 were refused when the row was read (DF-14).
 */
@Component
class PaymentImportCheck {

    private final Members members;
    private final PaymentWriter writer;
    private final PaymentStore payments;
    private final RegisterStore register;
    private final Clock clock;

    PaymentImportCheck(Members members, PaymentWriter writer, PaymentStore payments, RegisterStore register, Clock clock) {
        this.members = members;
        this.writer = writer;
        this.payments = payments;
        this.register = register;
        this.clock = clock;
    }

    /** One row checked: its report line and, when it is to be imported, the payment with its import key. */
    record Checked(PaymentEntry entry, ImportReport.Line line, PaymentBatch.Row row) {
    }

    List<Checked> check(AccessScope scope, OrgUnitRef org, List<PaymentEntry> entries) {
        ImportMatching matching = new ImportMatching(members, scope, org.id(), true,
                ImportMatching.subtreeRoll(members, scope, org.id()));
        List<Checked> out = new ArrayList<>();
        List<PaymentBatch.Row> candidates = new ArrayList<>();
        List<PaymentEntry> candidateEntries = new ArrayList<>();
        for (PaymentEntry e : entries) {
            if (!e.valid()) {
                out.add(new Checked(e, error(e, String.join("；", e.problems())), null));
                continue;
            }
            ImportMatching.Match match = matching.find(e.name(), e.citizenId());
            if (match.problem() != null) {
                out.add(new Checked(e, error(e, match.problem()), null));
                continue;
            }
            RecordPayment payment = new RecordPayment(match.memberId(), e.months(), e.amount().toString(), e.paidOn(),
                    PaymentMethod.SELF, null, null, e.serial() == null ? "导入" : "导入，交易流水号" + e.serial());
            candidates.add(new PaymentBatch.Row(payment, e.importKey(match.memberId())));
            candidateEntries.add(e);
            out.add(null);
        }
        List<ImportReport.Line> lines = dryRun(candidates, candidateEntries);
        List<Checked> result = new ArrayList<>();
        int next = 0;
        int candidate = 0;
        for (Checked c : out) {
            if (c != null) {
                result.add(c);
                continue;
            }
            ImportReport.Line line = lines.get(next++);
            PaymentBatch.Row row = candidates.get(candidate);
            result.add(new Checked(candidateEntries.get(candidate++), line, line.result().equals(ImportReport.READY) ? row : null));
        }
        return result;
    }

    /** What the batch would do with each candidate, in order, following {@code BulkPayments} without writing. */
    private List<ImportReport.Line> dryRun(List<PaymentBatch.Row> rows, List<PaymentEntry> entries) {
        Set<Long> ids = new HashSet<>();
        YearMonth from = null;
        YearMonth until = null;
        for (PaymentBatch.Row r : rows) {
            ids.add(r.payment().memberId());
            for (YearMonth m : r.payment().months()) {
                from = from == null || m.isBefore(from) ? m : from;
                until = until == null || m.isAfter(until) ? m : until;
            }
        }
        Map<Long, Map<YearMonth, RegisterStore.Line>> lines = new HashMap<>();
        if (from != null) {
            register.linesOfMembers(ids, from, until)
                    .forEach(l -> lines.computeIfAbsent(l.memberId(), k -> new HashMap<>()).put(l.month(), l));
        }
        Set<String> imported = payments.importedAmong(rows.stream().map(PaymentBatch.Row::importKey).toList());
        Map<String, Integer> inFile = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<ImportReport.Line> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PaymentBatch.Row r = rows.get(i);
            PaymentEntry e = entries.get(i);
            if (imported.contains(r.importKey())) {
                out.add(new ImportReport.Line(e.row(), e.name(), ImportReport.ALREADY, "此前已导入，本次不再登记", true));
                continue;
            }
            Integer earlier = inFile.putIfAbsent(r.importKey(), e.row());
            if (earlier != null) {
                out.add(new ImportReport.Line(e.row(), e.name(), ImportReport.ALREADY, "与第" + earlier + "行是同一笔交纳", true));
                continue;
            }
            Map<YearMonth, RegisterStore.Line> own = lines.computeIfAbsent(r.payment().memberId(), k -> new HashMap<>());
            List<FieldProblem> problems = new ArrayList<>();
            PaymentWriter.Checked checked = writer.check(r.payment(), own, today, problems);
            if (!problems.isEmpty()) {
                out.add(new ImportReport.Line(e.row(), e.name(), ImportReport.ERROR, describe(problems), false));
                continue;
            }
            for (YearMonth m : checked.months()) {
                RegisterStore.Line l = own.get(m);
                own.put(m, new RegisterStore.Line(l.memberId(), l.orgId(), m, l.dueFen(), l.dueFen(), e.paidOn(),
                        l.reductionId()));
            }
            out.add(new ImportReport.Line(e.row(), e.name(), ImportReport.READY, span(e) + "，" + e.amount() + "元，"
                    + e.paidOn() + "交纳（" + PaymentMethod.SELF.label() + "）", true));
        }
        return out;
    }

    static String describe(List<FieldProblem> problems) {
        return String.join("；", problems.stream().map(p -> p.label() + "：" + p.message()).toList());
    }

    private static String span(PaymentEntry e) {
        List<YearMonth> m = e.months();
        return m.size() == 1 ? m.get(0).toString() : m.get(0) + "至" + m.get(m.size() - 1) + "（" + m.size() + "个月）";
    }

    private static ImportReport.Line error(PaymentEntry e, String message) {
        return new ImportReport.Line(e.row(), e.name() == null ? "" : e.name(), ImportReport.ERROR, message, false);
    }
}
