package cn.dangjian.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.DuesCalculation;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesRates;
import cn.dangjian.dues.DuesRecorded;
import cn.dangjian.dues.Reassessment;
import cn.dangjian.dues.Rounding;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks and writes assessment rows: the base typed in 元 for the categories that need one, a farmer's amount
 * within 0.2–1 元, the first month not before a probationary member was admitted (DF-08), a correction naming a row
 * of the same member and year, and the rounding parameter in force for the member's organization.
 */
@Component
public class AssessmentWriter {

    private final AssessmentStore store;
    private final RuleParameters parameters;
    private final ApplicationEventPublisher events;

    AssessmentWriter(AssessmentStore store, RuleParameters parameters, ApplicationEventPublisher events) {
        this.store = store;
        this.parameters = parameters;
        this.events = events;
    }

    /** The calculation, or {@link InvalidInputException} naming the field ({@code prefix} + base / farmerAmount). */
    public DuesCalculation calculate(DuesCategory category, String base, String farmerAmount, Rounding rounding,
                                     String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        DuesCalculation calc = calculation(category, base, farmerAmount, rounding, prefix, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return calc;
    }

    /**
     * Checks {@code cmd} and, when nothing is wrong, returns what would be written; otherwise adds the problems
     * (fields named with {@code prefix}) and returns {@code null}. {@code roundings} caches the rounding parameter
     * per organization and month across a batch.
     */
    public Prepared prepare(MemberPlacement member, AssessMember cmd, String prefix, List<FieldProblem> problems,
                            Map<String, Rounding> roundings) {
        int before = problems.size();
        YearMonth from = firstMonth(member, store.collectFrom(member.memberId()).orElse(null), cmd, prefix, problems);
        DuesCalculation calc = from == null ? null : calculation(cmd.category(), cmd.base(), cmd.farmerAmount(),
                roundings.computeIfAbsent(member.orgPath() + from, k -> rounding(member, from)), prefix, problems);
        String note = TextKind.LONG_TEXT.optional(prefix + "note", "备注", cmd.note(), problems);
        if (cmd.kind() == AssessmentKind.TRANSFER) {
            problems.add(new FieldProblem(prefix + "kind", "核定原因", "组织关系转入的核定在接收党员时自动记录，不能手工填写"));
        }
        if (cmd.kind() == AssessmentKind.CORRECTION) {
            if (cmd.corrects() == null || store.find(cmd.corrects()).filter(s -> s.memberId() == member.memberId()
                    && s.effectiveFrom().getYear() == cmd.year()).isEmpty()) {
                problems.add(new FieldProblem(prefix + "corrects", "更正的核定记录", "应为该党员本年度的核定记录"));
            }
            if (note == null) {
                problems.add(new FieldProblem(prefix + "note", "更正原因", "不能为空"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        AssessmentKind kind = cmd.kind() != null ? cmd.kind()
                : member.kind() == MemberKind.PROBATIONARY && member.joinedOn() != null
                  && member.joinedOn().getYear() == cmd.year() ? AssessmentKind.PROBATION : AssessmentKind.ANNUAL;
        return new Prepared(member, from, kind, calc, kind == AssessmentKind.CORRECTION ? cmd.corrects() : null, note);
    }

    /** An assessment row that passed {@link #prepare}. */
    public record Prepared(MemberPlacement member, YearMonth from, AssessmentKind kind, DuesCalculation calculation,
                           Long corrects, String note) {
    }

    /** Checks and writes one row, with its audit event; the caller refreshes the register. */
    public long write(String actor, MemberPlacement member, AssessMember cmd) {
        List<FieldProblem> problems = new ArrayList<>();
        Prepared p = prepare(member, cmd, "", problems, new HashMap<>());
        if (p == null) {
            throw new InvalidInputException(problems);
        }
        return write(actor, p);
    }

    /** Writes a prepared row with its audit event; the caller refreshes the register. */
    public long write(String actor, Prepared p) {
        long id = insert(actor, p);
        events.publishEvent(new DuesRecorded(actor, "党费核定", id, p.member().orgId(), p.kind().label(), List.of(
                new FieldChange("党员", null, p.member().name()), new FieldChange("起始月份", null, p.from().toString()),
                new FieldChange("人员类别", null, p.calculation().category().label()),
                new FieldChange("计算基数", null, p.calculation().base() == null ? "" : p.calculation().base() + "元"),
                new FieldChange("月交纳额", null, p.calculation().monthly() + "元"))));
        return id;
    }

    /**
     * Writes the prepared rows of one organization's 核定 with one audit entry listing every member's category,
     * base and amount; the caller refreshes the register.
     */
    public void writeAll(String actor, long orgId, int year, List<Prepared> rows) {
        store.insertAll(rows, actor);
        List<FieldChange> changes = new ArrayList<>();
        for (Prepared p : rows) {
            DuesCalculation c = p.calculation();
            changes.add(new FieldChange(p.member().name(), null, c.category().label()
                    + (c.base() == null ? "" : "，基数" + c.base() + "元") + "，每月" + c.monthly() + "元（自" + p.from() + "）"));
        }
        if (!rows.isEmpty()) {
            events.publishEvent(new DuesRecorded(actor, "党费核定", orgId, orgId, year + "年核定" + rows.size() + "名党员", changes));
        }
    }

    private long insert(String actor, Prepared p) {
        MemberPlacement member = p.member();
        return store.insert(member.memberId(), member.orgId(), member.orgPath(), p.from(), p.kind(), p.calculation(),
                p.corrects(), p.note(), actor);
    }

    /** The suggestion after a salary change, under the member's mid-year policy. */
    public Reassessment suggest(MemberPlacement member, DuesCategory category, String base, YearMonth paidFrom,
                                LocalDate today) {
        if (paidFrom == null) {
            throw new InvalidInputException("paidFrom", "新工资发放月份", "不能为空");
        }
        ParameterValues values = parameters.valuesFor(member.orgPath(), today);
        DuesCalculation calc = calculate(category, base, null, DuesParameters.rounding(values), "");
        return switch (DuesParameters.midYearChange(values)) {
            case FROM_MONTH_PAID -> new Reassessment(calc, paidFrom,
                    "按DF-10（第十条），从发放新工资的" + paidFrom.getYear() + "年" + paidFrom.getMonthValue() + "月起按新基数交纳");
            case NEXT_YEAR -> new Reassessment(calc, YearMonth.of(paidFrom.getYear() + 1, 1),
                    "按本地规定（DF-17年内一般不变动），从" + (paidFrom.getYear() + 1) + "年1月起按新基数交纳");
            case NEXT_ASSESSMENT -> new Reassessment(calc, null,
                    "按本地规定（DF-17年内一般不变动），在下次年初核定时按新基数核定");
        };
    }

    private Rounding rounding(MemberPlacement member, YearMonth from) {
        return DuesParameters.rounding(parameters.valuesFor(member.orgPath(), from.atDay(1)));
    }

    private static YearMonth firstMonth(MemberPlacement member, AssessmentStore.CollectFrom collect, AssessMember cmd,
                                        String prefix, List<FieldProblem> problems) {
        if (cmd.year() < 2008 || cmd.year() > 2100) {
            problems.add(new FieldProblem(prefix + "year", "年度", "应为2008年以后的年份"));
            return null;
        }
        YearMonth start = collect == null ? null : collect.firstMonth();
        if (start != null && start.getYear() > cmd.year()) {
            problems.add(new FieldProblem(prefix + "year", "年度", member.name() + cmd.year() + "年的党费已在原党组织交清（"
                    + collect.reason() + "），应从" + start.getYear() + "年" + start.getMonthValue() + "月起核定"));
            return null;
        }
        YearMonth admitted = member.joinedOn() == null ? null : YearMonth.from(member.joinedOn());
        YearMonth usual = admitted != null && admitted.getYear() == cmd.year() ? admitted : YearMonth.of(cmd.year(), 1);
        YearMonth from = cmd.from() != null ? cmd.from()
                : start != null && start.isAfter(usual) ? start : usual;
        if (from.getYear() != cmd.year()) {
            problems.add(new FieldProblem(prefix + "from", "起始月份", "应在" + cmd.year() + "年内"));
            return null;
        }
        if (admitted != null && from.isBefore(admitted)) {
            problems.add(new FieldProblem(prefix + "from", "起始月份", "不能早于入党（支部大会通过）的" + admitted.getYear() + "年"
                    + admitted.getMonthValue() + "月（DF-08，" + DuesCategory.REGULATION + "第八条）"));
            return null;
        }
        if (start != null && from.isBefore(start)) {
            problems.add(new FieldProblem(prefix + "from", "起始月份", "不能早于" + start.getYear() + "年" + start.getMonthValue()
                    + "月（" + collect.reason() + "）"));
            return null;
        }
        if (!MemberAccess.owesDues(member)) {
            problems.add(new FieldProblem(prefix + "memberId", "党员", member.name() + "的党籍状态为" + member.status().label()
                    + "，不核定党费"));
        }
        return from;
    }

    private static DuesCalculation calculation(DuesCategory category, String base, String farmerAmount, Rounding rounding,
                                               String prefix, List<FieldProblem> problems) {
        if (category == null) {
            problems.add(new FieldProblem(prefix + "category", "人员类别", "请选择人员类别"));
            return null;
        }
        Fen typedBase = null;
        if (category.needsBase()) {
            if (base == null || base.isBlank()) {
                problems.add(new FieldProblem(prefix + "base", "计算基数", "不能为空（" + category.baseMeaning() + "）"));
                return null;
            }
            typedBase = Fen.optional(prefix + "base", "计算基数", base, problems);
            if (typedBase == null) {
                return null;
            }
        }
        Fen farmer = null;
        if (category.basis() == DuesCategory.Basis.FARMER) {
            farmer = Fen.optional(prefix + "farmerAmount", "农民党员月交纳额", farmerAmount, problems);
            if (farmer != null && (farmer.compareTo(DuesCategory.FIXED_AMOUNT) < 0
                    || farmer.compareTo(DuesCategory.FARMER_MAX) > 0)) {
                problems.add(new FieldProblem(prefix + "farmerAmount", "农民党员月交纳额",
                        "应为0.2元至1元（DF-06，" + DuesCategory.REGULATION + "第六条）"));
                return null;
            }
        }
        return DuesRates.calculate(category, typedBase, farmer, rounding);
    }
}
