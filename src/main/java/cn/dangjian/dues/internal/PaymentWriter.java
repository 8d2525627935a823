package cn.dangjian.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesRecorded;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks and writes a payment, one row per month. A month can be paid only once it is assessed and only once
 * (a second payment is a correction), for the amount it owes; 补交 of a month more than {@value #BACK_PAY_MONTHS}
 * months before the month paid needs the branch's recorded consent (DF-12, 第十二条: 补交 generally ≤6 months).
 * Payments of the same member-month are serialised ({@link RegisterStore#lockMonths}), and the register is
 * refreshed in the same transaction.
 */
@Component
public class PaymentWriter {

    /** DF-12 (V): back-payment generally within 6 months. */
    public static final int BACK_PAY_MONTHS = 6;
    static final int MAX_MONTHS = 24;

    private final PaymentStore payments;
    private final RegisterStore register;
    private final ApplicationEventPublisher events;

    PaymentWriter(PaymentStore payments, RegisterStore register, ApplicationEventPublisher events) {
        this.payments = payments;
        this.register = register;
        this.events = events;
    }

    /** Records the payment ({@code importKey} for an import row, else {@code null}); returns its number. */
    public String write(String actor, MemberPlacement member, RecordPayment cmd, LocalDate today, String source,
                        String importKey) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<YearMonth, RegisterStore.Line> lines = new HashMap<>();
        List<YearMonth> asked = cmd.months() == null ? List.of() : cmd.months().stream().filter(java.util.Objects::nonNull).toList();
        if (!asked.isEmpty() && asked.size() <= MAX_MONTHS) {
            register.lockMonths(List.of(member.memberId()), java.util.Collections.min(asked), java.util.Collections.max(asked));
            register.lines(member.memberId(), java.util.Collections.min(asked), java.util.Collections.max(asked))
                    .forEach(l -> lines.put(l.month(), l));
        }
        Checked checked = check(cmd, lines, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String no = payments.nextNumber();
        for (YearMonth m : checked.months()) {
            // the import key marks the payment's first row: a re-import of the same line finds it there
            payments.insert(no, member.memberId(), member.orgId(), member.orgPath(), m, Fen.of(lines.get(m).dueFen()),
                    cmd.paidOn(), cmd.method(), checked.proxy(), checked.consent(), source,
                    m.equals(checked.months().first()) ? importKey : null, null, checked.note(), actor);
        }
        checked.months().stream().map(YearMonth::getYear).distinct()
                .forEach(y -> register.refresh(List.of(member.memberId()), y));
        events.publishEvent(new DuesRecorded(actor, "党费交纳", member.memberId(), member.orgId(), "登记交纳", List.of(
                new FieldChange("党员", null, member.name()), new FieldChange("交纳编号", null, no),
                new FieldChange("月份", null, span(checked.months())),
                new FieldChange("金额", null, Fen.of(checked.totalFen()) + "元"),
                new FieldChange("交纳日期", null, cmd.paidOn().toString()),
                new FieldChange("交纳方式", null, cmd.method().label() + (checked.proxy() == null ? "" : "（" + checked.proxy() + "）")))));
        return no;
    }

    /**
     * What is wrong with a payment, given the member's register {@code lines} for the months asked (a month paid
     * earlier in the same batch must already show as paid there); the cleaned payment when nothing is.
     */
    public Checked check(RecordPayment cmd, Map<YearMonth, RegisterStore.Line> lines, LocalDate today,
                         List<FieldProblem> problems) {
        if (cmd.paidOn() == null) {
            problems.add(new FieldProblem("paidOn", "交纳日期", "不能为空"));
        } else if (cmd.paidOn().isAfter(today)) {
            problems.add(new FieldProblem("paidOn", "交纳日期", "不能晚于今天"));
        }
        if (cmd.method() == null) {
            problems.add(new FieldProblem("method", "交纳方式", "请选择本人交纳或委托代交（" + PaymentMethod.DF14 + "）"));
        }
        String proxy = cmd.method() == PaymentMethod.PROXY
                ? TextKind.PERSON_NAME.required("proxyName", "代交人姓名", cmd.proxyName(), problems)
                : cmd.method() == PaymentMethod.AT_INFLOW
                ? TextKind.SHORT_TEXT.required("proxyName", "流入地党组织", cmd.proxyName(), problems) : null;
        String consent = TextKind.LONG_TEXT.optional("consent", "党支部同意补交的记录", cmd.consent(), problems);
        String note = TextKind.LONG_TEXT.optional("note", "备注", cmd.note(), problems);
        TreeSet<YearMonth> months = new TreeSet<>(cmd.months() == null ? List.of() : cmd.months().stream()
                .filter(java.util.Objects::nonNull).toList());
        if (months.isEmpty()) {
            problems.add(new FieldProblem("months", "交纳月份", "请选择交纳的月份"));
        } else if (months.size() > MAX_MONTHS) {
            problems.add(new FieldProblem("months", "交纳月份", "一次最多登记" + MAX_MONTHS + "个月"));
            months.clear();
        }
        long total = 0;
        List<String> tooOld = new ArrayList<>();
        for (YearMonth m : months) {
            RegisterStore.Line line = lines.get(m);
            if (line == null) {
                problems.add(new FieldProblem("months", "交纳月份", label(m) + "尚未核定党费，请先核定"));
            } else if (line.dueFen() == 0) {
                problems.add(new FieldProblem("months", "交纳月份", label(m) + "已批准免交，无需交纳"));
            } else if (line.paidFen() > 0) {
                problems.add(new FieldProblem("months", "交纳月份", label(m) + "已交纳，如登记有误请更正原记录"));
            } else {
                total += line.dueFen();
            }
            if (cmd.paidOn() != null && ChronoUnit.MONTHS.between(m, YearMonth.from(cmd.paidOn())) > BACK_PAY_MONTHS) {
                tooOld.add(label(m));
            }
        }
        if (!tooOld.isEmpty() && consent == null) {
            problems.add(new FieldProblem("consent", "党支部同意补交的记录", String.join("、", tooOld) + "距交纳时已超过"
                    + BACK_PAY_MONTHS + "个月，补交需经党支部同意并记录（DF-12，" + DuesCategory.REGULATION + "第十二条）"));
        }
        if (cmd.amount() != null && !cmd.amount().isBlank() && problems.isEmpty()) {
            Fen typed = Fen.optional("amount", "交纳金额", cmd.amount(), problems);
            if (typed != null && typed.value() != total) {
                problems.add(new FieldProblem("amount", "交纳金额", "应为所选月份应交合计" + Fen.of(total)
                        + "元；多交的部分请登记为自愿多交党费"));
            }
        }
        return new Checked(months, proxy, consent, note, total);
    }

    /** A payment that passed {@link #check}: its months in order, the cleaned texts and the total owed. */
    public record Checked(TreeSet<YearMonth> months, String proxy, String consent, String note, long totalFen) {
    }

    static String span(java.util.SortedSet<YearMonth> months) {
        return months.first() + (months.size() > 1 ? "至" + months.last() : "");
    }

    static String label(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
