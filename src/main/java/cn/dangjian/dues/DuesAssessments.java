package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.internal.AssessmentStore;
import cn.dangjian.dues.internal.AssessmentWriter;
import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.dues.internal.MemberAccess;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.dues.internal.ReductionLabels;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual 核定 (DF-17): each member's category and base, and the monthly amount the rules give (DF-01…DF-06),
 * written once per member per year and changed only by a new row that says why — a salary change (DF-10, as the
 * mid-year policy parameter says), a correction, or a probationary member's first assessment (DF-08). The 年初核定表
 * is read from here; the member confirms their base here.
 */
@Service
@Transactional(readOnly = true)
public class DuesAssessments {

    private final AssessmentStore store;
    private final AssessmentWriter writer;
    private final RegisterStore register;
    private final MemberAccess access;
    private final MemberQueries members;
    private final ReductionLabels reductions;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final Clock clock;

    DuesAssessments(AssessmentStore store, AssessmentWriter writer, RegisterStore register, MemberAccess access,
                    MemberQueries members, ReductionLabels reductions, OrgUnits orgs, RuleParameters parameters, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.register = register;
        this.access = access;
        this.members = members;
        this.reductions = reductions;
        this.orgs = orgs;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The amount for a category and base under the platform-wide rounding, without storing anything. */
    @ReferenceData("党费标准是全国统一的规定，计算不涉及任何人的数据")
    public DuesCalculation calculate(DuesCategory category, String base, String farmerAmount) {
        return writer.calculate(category, base, farmerAmount, DuesParameters.rounding(parameters.valuesFor(null,
                LocalDate.now(clock))), "");
    }

    /** Writes one member's assessment; returns its id. */
    @Transactional
    public long assess(AccessScope scope, AssessMember cmd) {
        scope.require(Permission.DUES_RECORD);
        MemberPlacement member = access.writable(scope, cmd.memberId());
        long id = writer.write(scope.username(), member, cmd);
        register.refresh(List.of(member.memberId()), cmd.year());
        return id;
    }

    /**
     * The 核定 of a whole organization for a year: every row is checked first and nothing is written unless all
     * are valid (problems name the row: {@code rows[3].base}). Returns the number of rows written.
     */
    @Transactional
    public int assessAll(AccessScope scope, long orgId, int year, List<AssessMember> rows) {
        scope.require(Permission.DUES_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        Map<Long, MemberPlacement> placed = new HashMap<>();
        access.placements(rows.stream().map(AssessMember::memberId).toList()).forEach(p -> placed.put(p.memberId(), p));
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Rounding> roundings = new HashMap<>();
        List<AssessmentWriter.Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MemberPlacement p = placed.get(rows.get(i).memberId());
            if (p == null || p.orgId() != org.id()) {
                problems.add(new FieldProblem("rows[" + i + "].memberId", "党员", "不是本组织的党员"));
                continue;
            }
            if (rows.get(i).year() != year) {
                problems.add(new FieldProblem("rows[" + i + "].year", "年度", "应为" + year + "年"));
                continue;
            }
            prepared.add(writer.prepare(p, rows.get(i), "rows[" + i + "].", problems, roundings));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writer.writeAll(scope.username(), org.id(), year, prepared);
        register.refresh(rows.stream().map(AssessMember::memberId).distinct().toList(), year);
        return rows.size();
    }

    /** The 年初核定表 of an organization's roll for {@code year}, in roster order. */
    public List<SheetRow> sheet(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<RosterEntry> roll = members.rosterOf(org.id());
        List<Long> ids = roll.stream().map(RosterEntry::id).toList();
        Map<Long, AssessmentStore.Stored> current = new HashMap<>();
        for (YearMonth m = YearMonth.of(year, 12); m.getYear() == year; m = m.minusMonths(1)) {
            List<Long> missing = ids.stream().filter(id -> !current.containsKey(id)).toList();
            if (missing.isEmpty()) {
                break;
            }
            store.inForce(missing, m).forEach(s -> current.putIfAbsent(s.memberId(), s));
        }
        Map<Long, AssessmentStore.Stored> previous = new HashMap<>();
        store.latest(ids, year - 1).forEach(s -> previous.put(s.memberId(), s));
        Map<Long, long[]> sums = new HashMap<>();
        register.linesOf(List.of(org.id()), YearMonth.of(year, 1), YearMonth.of(year, 12)).forEach(l -> {
            long[] s = sums.computeIfAbsent(l.memberId(), k -> new long[2]);
            s[0] += l.dueFen();
            s[1] += l.paidFen();
        });
        Map<Long, String> reduced = reductions.inForce(ids, year);
        return roll.stream().map(r -> {
            long[] s = sums.getOrDefault(r.id(), new long[2]);
            return new SheetRow(r.id(), r.name(), r.kind(), view(current.get(r.id()), r.name()),
                    view(previous.get(r.id()), r.name()), cn.dangjian.shared.Fen.of(s[0]), cn.dangjian.shared.Fen.of(s[1]),
                    reduced.get(r.id()));
        }).toList();
    }

    /** Every assessment row of a member's year, oldest first: the member sees their own. */
    public List<AssessmentView> history(AccessScope scope, long memberId, int year) {
        scope.require(Permission.DUES_VIEW);
        MemberPlacement p = access.readable(scope, memberId);
        return store.history(memberId, year).stream().map(s -> view(s, p.name())).toList();
    }

    /** The member confirms the base of an assessment of their own (本人确认); idempotent. */
    @Transactional
    public void confirm(AccessScope scope, long assessmentId) {
        scope.require(Permission.DUES_VIEW);
        AssessmentStore.Stored s = store.find(assessmentId).orElseThrow(() -> new NotFoundException("核定记录不存在"));
        access.readable(scope, s.memberId());
        if (scope.memberId() == null || scope.memberId() != s.memberId()) {
            throw new ForbiddenException("只能由党员本人确认自己的党费计算基数");
        }
        store.confirm(assessmentId, s.memberId(), scope.username());
    }

    /**
     * What a salary change would do (DF-10 / DF-17): the new amount and from which month the mid-year policy
     * parameter would apply it — a suggestion only; nothing changes until the branch records it with {@link #assess}.
     */
    public Reassessment suggest(AccessScope scope, long memberId, DuesCategory category, String base, YearMonth paidFrom) {
        scope.require(Permission.DUES_RECORD);
        MemberPlacement p = access.writable(scope, memberId);
        return writer.suggest(p, category, base, paidFrom, LocalDate.now(clock));
    }

    static AssessmentView view(AssessmentStore.Stored s, String name) {
        return s == null ? null : new AssessmentView(s.id(), s.memberId(), name, s.effectiveFrom(), s.kind(),
                s.calculation(), s.correctsId(), s.note(), s.recordedBy(), s.recordedAt(), s.confirmedAt());
    }
}
