package cn.dangjian.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.dues.ReductionStatus;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A 少交/免交 application as an aggregate with guarded steps (DF-07, DF-19): applied → the 支委会's decision → the
 * 上一级党委's approval, or — for a retiree where the hardship-approval parameter allows it — approved by the branch's
 * decision itself. Each step is allowed only from the step before it; a decision needs its date and a record of
 * what was decided; an exemption approves 0. Saved with its version, so two approvers at once cannot both succeed.
 */
@Table("dues_reduction")
public class Reduction {

    public enum Route { HIGHER_COMMITTEE, BRANCH }

    @Id
    private Long id;
    private long memberId;
    private long orgId;
    private String orgPath;
    private boolean exempt;
    private String reason;
    private LocalDate appliedOn;
    private LocalDate fromMonth;
    private LocalDate untilMonth;
    private long requestedFen;
    private String route;
    private String status;
    private LocalDate branchDecidedOn;
    private String branchDecision;
    private Long approvingOrgId;
    private LocalDate decidedOn;
    private String decidedBy;
    private String decisionNote;
    private Long approvedFen;
    private String recordedBy;
    @Version
    private int version;
    @Transient
    private final List<String> steps = new ArrayList<>();

    Reduction() {
    }

    public static Reduction apply(long memberId, long orgId, String orgPath, boolean exempt, String reason, LocalDate appliedOn,
                           YearMonth from, YearMonth until, long requestedFen, Route route, Long approvingOrgId, String actor) {
        if (until.isBefore(from)) {
            throw new InvalidInputException("untilMonth", "截止月份", "不能早于起始月份");
        }
        Reduction r = new Reduction();
        r.memberId = memberId;
        r.orgId = orgId;
        r.orgPath = orgPath;
        r.exempt = exempt;
        r.reason = reason;
        r.appliedOn = appliedOn;
        r.fromMonth = from.atDay(1);
        r.untilMonth = until.atDay(1);
        r.requestedFen = exempt ? 0 : requestedFen;
        r.route = route.name();
        r.status = ReductionStatus.APPLIED.name();
        r.approvingOrgId = approvingOrgId;
        r.recordedBy = actor;
        return r;
    }

    /**
     * The 支委会's decision. Agreeing sends it to the 上一级党委, or approves it at once on the branch route;
     * disagreeing ends it.
     */
    void branchDecides(boolean agreed, LocalDate on, String decision, String actor) {
        require(ReductionStatus.APPLIED, "支委会研究");
        if (on.isBefore(appliedOn)) {
            throw new InvalidInputException("decidedOn", "支委会研究日期", "不能早于申请日期" + appliedOn);
        }
        branchDecidedOn = on;
        branchDecision = decision;
        if (!agreed) {
            finish(ReductionStatus.REJECTED, on, actor, decision, null);
        } else if (Route.valueOf(route) == Route.BRANCH) {
            finish(ReductionStatus.APPROVED, on, actor, decision, requestedFen);
        } else {
            status = ReductionStatus.BRANCH_AGREED.name();
        }
    }

    /** The 上一级党委's decision on a request the 支委会 agreed to; {@code approvedFen} is the monthly amount granted. */
    void higherDecides(boolean approved, LocalDate on, String note, Long amountFen, String actor) {
        require(ReductionStatus.BRANCH_AGREED, "上级党委审批");
        if (on.isBefore(branchDecidedOn)) {
            throw new InvalidInputException("decidedOn", "审批日期", "不能早于支委会研究日期" + branchDecidedOn);
        }
        long granted = exempt ? 0 : amountFen == null ? requestedFen : amountFen;
        finish(approved ? ReductionStatus.APPROVED : ReductionStatus.REJECTED, on, actor, note, approved ? granted : null);
    }

    private void finish(ReductionStatus to, LocalDate on, String actor, String note, Long amount) {
        status = to.name();
        decidedOn = on;
        decidedBy = actor;
        decisionNote = note;
        approvedFen = amount;
        steps.add(to.label());
    }

    private void require(ReductionStatus expected, String step) {
        if (!status.equals(expected.name())) {
            throw new ConflictException("该申请当前为「" + status().label() + "」，不能进行" + step);
        }
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public long orgId() {
        return orgId;
    }

    public String orgPath() {
        return orgPath;
    }

    public boolean exempt() {
        return exempt;
    }

    public String reason() {
        return reason;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public YearMonth from() {
        return YearMonth.from(fromMonth);
    }

    public YearMonth until() {
        return YearMonth.from(untilMonth);
    }

    public long requestedFen() {
        return requestedFen;
    }

    public Route route() {
        return Route.valueOf(route);
    }

    public ReductionStatus status() {
        return ReductionStatus.valueOf(status);
    }

    public LocalDate branchDecidedOn() {
        return branchDecidedOn;
    }

    public String branchDecision() {
        return branchDecision;
    }

    public Long approvingOrgId() {
        return approvingOrgId;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Long approvedFen() {
        return approvedFen;
    }

    public int version() {
        return version;
    }
}
