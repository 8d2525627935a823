package cn.dangjian.transfer.internal;

import static cn.dangjian.transfer.internal.TransferGuards.notBefore;
import static cn.dangjian.transfer.internal.TransferGuards.require;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.ConflictException;
import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferState;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.transfer.TransferStepRecorded;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One 组织关系转接 as an aggregate with guarded steps (ZJ-11): drafted by the sending branch, approved in turn by each
 * organization on the route the deployment requires (ZJ-08), then sent; the receiving branch accepts it, or returns
 * it with the reason recorded — a transfer cannot be refused without cause (JY-09) — and a returned transfer can be
 * corrected and sent again. Until it is received the sending organization stays responsible for the member (ZJ-04).
 * Each step is allowed only from the state before it and only to the organization whose turn it is; the version
 * stops two people deciding the same step at once. Every step registers a {@link TransferStepRecorded}, published
 * when the transfer is saved.
 */
@Table("transfer")
public class Transfer extends AbstractAggregateRoot<Transfer> {

    @Id
    private Long id;
    private String kind;
    private long memberId;
    private long fromOrgId;
    private String orgPath;
    private Long toOrgId;
    private String toOrgPath;
    private String toName;
    private String reason;
    private String state;
    private LocalDate startedOn;
    private LocalDate submittedOn;
    private LocalDate sentOn;
    private LocalDate receivedOn;
    private LocalDate returnedOn;
    private String returnReason;
    private Long returnedBy;
    private int submissions;
    private String startedBy;
    private Long batchId;
    @Embedded.Nullable(prefix = "letter_")
    private TransferLetter letter;
    @MappedCollection(idColumn = "transfer_id", keyColumn = "position")
    private List<TransferStep> steps = new ArrayList<>();
    @Version
    private int version;

    Transfer() {
    }

    /**
     * A draft with both organizations' paths, as stored. {@code approvers} are the organizations that approve in turn
     * before the transfer is sent (none: it is sent when submitted); a transfer within the platform names the
     * receiving organization, one out of it the organization named on the letter.
     */
    public static Transfer draft(TransferKind kind, long memberId, long fromOrgId, String fromPath, Long toOrgId,
                                 String toPath, String toName, String reason, LocalDate on, List<Long> approvers,
                                 String actor) {
        TransferGuards.draftable(kind, fromOrgId, toOrgId, toName, reason);
        Transfer t = new Transfer();
        t.kind = kind.name();
        t.memberId = memberId;
        t.fromOrgId = fromOrgId;
        t.orgPath = fromPath;
        t.toOrgId = toOrgId;
        t.toOrgPath = toPath;
        t.toName = toName == null ? null : toName.strip();
        t.reason = reason.strip();
        t.state = TransferState.DRAFT.name();
        t.startedOn = on;
        t.startedBy = actor;
        approvers.forEach(org -> t.steps.add(TransferStep.waitingFor(org)));
        return t;
    }

    /** A draft out of the platform names the letter's addressee (抬头) and how the letter travels (ZJ-06). */
    public Transfer withLetter(String addressee, LetterCarrier carrier) {
        if (kind() != TransferKind.OUT) {
            throw new IllegalStateException("a letter is only for a transfer out of the platform");
        }
        String to = addressee == null || addressee.isBlank() ? toName : addressee.strip();
        letter = TransferLetter.draft(to, carrier == null ? LetterCarrier.SELF : carrier);
        return this;
    }

    /** Sends the draft (or a returned transfer, corrected) on its way: to the first approver, or straight out. */
    public void submit(LocalDate on) {
        require(state(), "提交", TransferState.DRAFT, TransferState.RETURNED);
        notBefore(on, startedOn, "提交日期", "发起日期");
        steps.replaceAll(s -> TransferStep.waitingFor(s.orgId()));
        submissions++;
        submittedOn = on;
        returnReason = null;
        returnedOn = null;
        returnedBy = null;
        if (steps.isEmpty()) {
            send(on);
        } else {
            state = TransferState.APPROVING.name();
        }
        recorded();
    }

    /** The current approver agrees, not before the step before it; after the last one the transfer is sent. */
    public void approve(long orgId, LocalDate on, String actor) {
        require(state(), "审批", TransferState.APPROVING);
        int current = currentStep();
        TransferStep step = steps.get(current);
        if (step.orgId() != orgId) {
            throw new ConflictException("当前应由上一级党组织审批，本组织不能审批该转接");
        }
        notBefore(on, current == 0 ? submittedOn : steps.get(current - 1).decidedOn(), "审批日期", "上一步办理日期");
        steps.set(current, step.approved(on, actor));
        if (currentStep() < 0) {
            send(on);
        }
        recorded();
    }

    /**
     * Sent back with its reason: by the approver whose turn it is, or by the receiving organization once sent. The
     * reason is required — a transfer is never refused without cause (JY-09).
     */
    public void sendBack(long orgId, LocalDate on, String why, String actor) {
        require(state(), "退回", TransferState.APPROVING, TransferState.SENT);
        boolean itsTurn = state().equals(TransferState.APPROVING) ? steps.get(currentStep()).orgId() == orgId
                : kind() == TransferKind.OUT ? fromOrgId == orgId : toOrgId != null && toOrgId == orgId;
        if (!itsTurn) {
            throw new ConflictException("只有当前审批的党组织或接收的党组织可以退回");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("returnReason", "退回原因", "不能为空：不得无故拒绝接收党员组织关系（JY-09）");
        }
        state = TransferState.RETURNED.name();
        returnedOn = on;
        returnReason = why.strip();
        returnedBy = orgId;
        recorded();
    }

    /** The receiving organization takes the member in. */
    public void accept(long orgId, LocalDate on, String actor) {
        require(state(), "接收", TransferState.SENT);
        if (kind() != TransferKind.WITHIN || toOrgId == null || toOrgId != orgId) {
            throw new ConflictException("只有转入的党组织可以接收");
        }
        notBefore(on, sentOn, "接收日期", "转出日期");
        state = TransferState.RECEIVED.name();
        receivedOn = on;
        recorded();
    }

    /**
     * A letter out of the platform: the 回执 came back on {@code returnedOn}, saying the receiving organization took
     * the member in on {@code receivedOn} (ZJ-02). The sender's responsibility ends here (ZJ-04).
     */
    public void receiptBack(LocalDate receivedOn, LocalDate returnedOn, String handler) {
        require(state(), "登记回执", TransferState.SENT);
        if (kind() != TransferKind.OUT) {
            throw new ConflictException("只有转出至平台外的介绍信需要登记回执");
        }
        notBefore(receivedOn, letter.issuedOn(), "回执上的接收日期", "介绍信开具日期");
        if (returnedOn == null || returnedOn.isBefore(receivedOn)) {
            throw new InvalidInputException("returnedOn", "回执收回日期", returnedOn == null ? "不能为空" : "不能早于接收日期");
        }
        state = TransferState.RECEIVED.name();
        this.receivedOn = receivedOn;
        letter = letter.receiptBack(returnedOn, handler == null || handler.isBlank() ? null : handler.strip());
        recorded();
    }

    /**
     * Numbers the letter when the transfer is sent out of the platform, or again when it was lost or expired
     * (ZJ-06: the organization that last handled it reissues; the old number becomes void).
     */
    public void issueLetter(long issuer, int year, int no, int days, LocalDate on, YearMonth paidUpTo) {
        if (kind() != TransferKind.OUT || letter == null) {
            throw new ConflictException("只有转出至平台外的转接开具介绍信");
        }
        require(state(), "开具介绍信", TransferState.SENT);
        letter = letter.issued(issuer, year, no, days, on, paidUpTo);
        recorded();
    }

    /** The sending branch withdraws a transfer not yet sent. */
    public void cancel() {
        require(state(), "撤销", TransferState.DRAFT, TransferState.APPROVING, TransferState.RETURNED);
        state = TransferState.CANCELLED.name();
        recorded();
    }

    /** Whether the letter still has to be numbered: sent out of the platform and not yet issued. */
    public boolean awaitsLetter() {
        return kind() == TransferKind.OUT && state() == TransferState.SENT && !letter.issued();
    }

    private void recorded() {
        List<Long> touched = new ArrayList<>(List.of(fromOrgId));
        if (toOrgId != null) {
            touched.add(toOrgId);
        }
        steps.forEach(step -> touched.add(step.orgId()));
        registerEvent(new TransferStepRecorded(id == null ? 0 : id, touched.stream().distinct().toList()));
    }

    private void send(LocalDate on) {
        state = TransferState.SENT.name();
        sentOn = on;
    }

    /** The first step not yet decided, or -1 when all are. */
    private int currentStep() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).decidedOn() == null) {
                return i;
            }
        }
        return -1;
    }

    public Long id() {
        return id;
    }

    /** The lead transfer of the 整建制转移 this one belongs to (ZJ-06), or {@code null} when it moves alone. */
    public Long batchId() {
        return batchId;
    }

    public TransferKind kind() {
        return TransferKind.valueOf(kind);
    }

    public TransferState state() {
        return TransferState.valueOf(state);
    }

    public long memberId() {
        return memberId;
    }

    public long fromOrgId() {
        return fromOrgId;
    }

    public Long toOrgId() {
        return toOrgId;
    }

    public String fromPath() {
        return orgPath;
    }

    public String toPath() {
        return toOrgPath;
    }

    public String toName() {
        return toName;
    }

    public String reason() {
        return reason;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    /** The organization whose approval the transfer waits for, or {@code null} when it waits for none. */
    public Long waitingFor() {
        int current = state() == TransferState.APPROVING ? currentStep() : -1;
        return current < 0 ? null : steps.get(current).orgId();
    }

    /** Whether the receiving organization has been addressed: the transfer was sent to it at least once. */
    public boolean addressedToReceiver() {
        return sentOn != null;
    }

    /**
     * The organization responsible for the member now: the sender until the member is received (ZJ-04), the
     * receiver after.
     */
    public long responsibleOrgId() {
        return state() == TransferState.RECEIVED && toOrgId != null ? toOrgId : fromOrgId;
    }

    /** The day the transfer was last submitted: the first approver's wait counts from it. */
    public LocalDate submittedOn() {
        return submittedOn;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String returnReason() {
        return returnReason;
    }

    public int submissions() {
        return submissions;
    }

    public TransferLetter letter() {
        return letter;
    }

    public List<TransferStep> steps() {
        return List.copyOf(steps);
    }

    public int version() {
        return version;
    }
}
