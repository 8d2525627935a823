package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.dues.internal.AssessmentStore;
import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.dues.internal.MemberAccess;
import cn.dangjian.dues.internal.Reduction;
import cn.dangjian.dues.internal.ReductionBook;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
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
 * 少交/免交 (DF-07, DF-19): the branch records the application and the 支委会's decision; the 上一级党委 (the nearest
 * 机关党委, or the 工委) approves — or, where the hardship-approval parameter allows it, a retiree's request is
 * settled by the branch's decision. Once approved, the register owes the approved amount for the months covered.
 * Every step finds the application in the caller's scope before it compares versions, so an outsider learns nothing
 * from a 409.
 */
@Service
@Transactional(readOnly = true)
public class DuesReductions {

    private final ReductionBook book;
    private final AssessmentStore assessments;
    private final RegisterStore register;
    private final MemberAccess access;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuesReductions(ReductionBook book, AssessmentStore assessments, RegisterStore register, MemberAccess access,
                   OrgUnits orgs, RuleParameters parameters, ApplicationEventPublisher events, Clock clock) {
        this.book = book;
        this.assessments = assessments;
        this.register = register;
        this.access = access;
        this.orgs = orgs;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    /** Records a member's application; returns its id. */
    @Transactional
    public long apply(AccessScope scope, ApplyReduction cmd) {
        scope.require(Permission.DUES_RECORD);
        MemberPlacement member = access.writable(scope, cmd.memberId());
        List<FieldProblem> problems = new ArrayList<>();
        String reason = TextKind.LONG_TEXT.required("reason", "申请理由", cmd.reason(), problems);
        Fen amount = cmd.exempt() ? Fen.ZERO : Fen.optional("amount", "申请交纳金额", cmd.amount(), problems);
        if (!cmd.exempt() && amount == null && problems.isEmpty()) {
            problems.add(new FieldProblem("amount", "申请交纳金额", "少交时应填写每月交纳金额"));
        }
        LocalDate today = LocalDate.now(clock);
        if (cmd.appliedOn() == null) {
            problems.add(new FieldProblem("appliedOn", "申请日期", "不能为空"));
        } else if (cmd.appliedOn().isAfter(today)) {
            problems.add(new FieldProblem("appliedOn", "申请日期", "不能晚于今天"));
        }
        if (cmd.from() == null) {
            problems.add(new FieldProblem("from", "起始月份", "不能为空"));
        }
        if (cmd.until() == null) {
            problems.add(new FieldProblem("until", "截止月份", "不能为空"));
        } else if (cmd.from() != null && cmd.until().isBefore(cmd.from())) {
            problems.add(new FieldProblem("until", "截止月份", "不能早于起始月份"));
        } else if (cmd.from() != null && cmd.until().isAfter(cmd.from().plusMonths(11))) {
            problems.add(new FieldProblem("until", "截止月份", "一次批准最长12个月，期满后可重新申请"));
        }
        AssessmentStore.Stored current = cmd.from() == null ? null
                : assessments.inForce(List.of(member.memberId()), cmd.from()).stream().findFirst().orElse(null);
        if (cmd.from() != null && current == null) {
            problems.add(new FieldProblem("from", "起始月份", "该党员" + cmd.from() + "尚未核定党费，请先核定"));
        } else if (amount != null && current != null && amount.compareTo(current.calculation().monthly()) >= 0) {
            problems.add(new FieldProblem("amount", "申请交纳金额", "应少于核定的每月" + current.calculation().monthly() + "元"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnitRef org = orgs.ref(member.orgId()).orElseThrow();
        boolean retiree = current.calculation().category() == DuesCategory.RETIRED;
        boolean branchRoute = retiree && DuesParameters.hardshipRoute(parameters.valuesFor(member.orgPath(), today))
                == DuesParameters.HardshipRoute.BRANCH_FOR_RETIREES;
        OrgUnitRef approver = branchRoute ? org : orgs.approvingCommittee(parentOf(org));
        Reduction saved = book.save(Reduction.apply(member.memberId(), member.orgId(), member.orgPath(), cmd.exempt(),
                reason, cmd.appliedOn(), cmd.from(), cmd.until(), amount.value(),
                branchRoute ? Reduction.Route.BRANCH : Reduction.Route.HIGHER_COMMITTEE, approver.id(), scope.username()));
        audit(scope, saved, member.name(), "申请" + (cmd.exempt() ? "免交" : "少交"));
        return saved.id();
    }

    /** The 支委会's decision (DF-07): agreed or not, on which day, and what the meeting decided. */
    @Transactional
    public void branchDecides(AccessScope scope, long id, boolean agreed, LocalDate on, String decision, int version) {
        scope.require(Permission.DUES_RECORD);
        Reduction found = book.find(id).orElseThrow(() -> new NotFoundException("申请不存在"));
        MemberPlacement member = access.writable(scope, found.memberId());
        Reduction r = book.load(id, version);
        String text = decision(on, decision, "支委会研究意见");
        book.branchDecides(r, agreed, on, text, scope.username());
        audit(scope, r, member.name(), agreed ? "支委会同意" : "支委会不同意");
        refresh(r);
    }

    /** The 上一级党委's approval or refusal; {@code amount} (元) may grant less than requested. */
    @Transactional
    public void approve(AccessScope scope, long id, boolean approved, LocalDate on, String note, String amount,
                        int version) {
        scope.require(Permission.DUES_APPROVE);
        Reduction found = book.find(id).orElseThrow(() -> new NotFoundException("申请不存在"));
        OrgUnitRef approver = found.approvingOrgId() == null ? null : orgs.ref(found.approvingOrgId()).orElse(null);
        if (approver == null || !scope.coversOrg(approver.id(), approver.path())) {
            throw new NotFoundException("申请不存在");
        }
        Reduction r = book.load(id, version);
        List<FieldProblem> problems = new ArrayList<>();
        Fen granted = Fen.optional("amount", "批准交纳金额", amount, problems);
        if (granted != null && !r.exempt() && granted.value() > r.requestedFen() && problems.isEmpty()) {
            // granting more than was asked is not a reduction the member applied for
            problems.add(new FieldProblem("amount", "批准交纳金额", "不能多于申请的每月" + Fen.of(r.requestedFen()) + "元"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String text = decision(on, note, "审批意见");
        book.higherDecides(r, approved, on, text, granted == null ? null : granted.value(), scope.username());
        String name = access.placements(List.of(r.memberId())).stream().findFirst().map(MemberPlacement::name).orElse("");
        audit(scope, r, name, approved ? "批准" : "不批准");
        refresh(r);
    }

    /** One application: the member's own, or one the caller's branch or 党委 handles. */
    public ReductionView get(AccessScope scope, long id) {
        scope.require(Permission.DUES_VIEW);
        Reduction r = book.find(id).orElseThrow(() -> new NotFoundException("申请不存在"));
        if (!visible(scope, r)) {
            throw new NotFoundException("申请不存在");
        }
        return book.view(r);
    }

    /** The applications of a member (their own, or of a member in scope), newest first. */
    public List<ReductionView> ofMember(AccessScope scope, long memberId) {
        scope.require(Permission.DUES_VIEW);
        access.readable(scope, memberId);
        return book.ofMember(memberId);
    }

    /**
     * The applications under an organization's subtree or waiting for it to approve, newest first;
     * {@code status} {@code null} = all.
     */
    public List<ReductionView> list(AccessScope scope, long orgId, ReductionStatus status) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return book.list(org, status, scope);
    }

    private boolean visible(AccessScope scope, Reduction r) {
        if (scope.coversMember(r.memberId(), r.orgId(), r.orgPath())) {
            return true;
        }
        return r.approvingOrgId() != null && orgs.ref(r.approvingOrgId())
                .filter(a -> scope.coversOrg(a.id(), a.path())).isPresent();
    }

    private static String decision(LocalDate on, String text, String label) {
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new FieldProblem("decidedOn", "日期", "不能为空"));
        }
        String cleaned = TextKind.LONG_TEXT.required("decision", label, text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }

    private OrgUnitRef parentOf(OrgUnitRef org) {
        return org.parentId() == null ? org : orgs.ref(org.parentId()).orElse(org);
    }

    private void refresh(Reduction r) {
        for (int y = r.from().getYear(); y <= r.until().getYear(); y++) {
            register.refresh(List.of(r.memberId()), y);
        }
    }

    private void audit(AccessScope scope, Reduction r, String name, String action) {
        events.publishEvent(new DuesRecorded(scope.username(), "少交免交党费", r.id(), r.orgId(), action, List.of(
                new FieldChange("党员", null, name), new FieldChange("状态", null, r.status().label()),
                new FieldChange("期间", null, r.from() + "至" + r.until()))));
    }
}
