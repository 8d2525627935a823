package cn.dangjian.duty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.duty.AssignmentState;
import cn.dangjian.duty.AssignmentStep;
import cn.dangjian.duty.DutyChanged;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assignee's part of a supervised task (DB-01…DB-04), with guarded steps: the assignee notes progress, asks
 * for more time before its deadline with the reason and the date it needs, and reports once; the issuer reminds
 * (催办), grants or refuses the extension, and closes the part after reviewing the report (对账销号, with what it
 * was closed on) or returns it with the reason, which reopens it. Each step is kept with its day, note and person
 * and registers a {@link DutyChanged} for the two organizations.
 */
@Table("duty_assignment")
public class Assignment extends AbstractAggregateRoot<Assignment> {

    @Id
    private Long id;
    private long taskId;
    private long issuerOrgId;
    private String issuerPath;
    private long orgId;
    private String orgPath;
    private boolean lead;
    private String state;
    private LocalDate deadline;
    private LocalDate extensionUntil;
    private String extensionReason;
    private String reportText;
    private String figures;
    private LocalDate reportedOn;
    private LocalDate closedOn;
    private String closedBy;
    private String closeNote;
    private String returnReason;
    private LocalDate lastRemindedOn;
    @MappedCollection(idColumn = "assignment_id", keyColumn = "position")
    private List<AssignmentEntry> entries = new ArrayList<>();
    @Version
    private int version;

    Assignment() {
    }

    public static Assignment of(long taskId, long issuerOrgId, String issuerPath, long orgId, String orgPath,
                                boolean lead, LocalDate deadline, LocalDate on, String actor) {
        Assignment a = new Assignment();
        a.taskId = taskId;
        a.issuerOrgId = issuerOrgId;
        a.issuerPath = issuerPath;
        a.orgId = orgId;
        a.orgPath = orgPath;
        a.lead = lead;
        a.deadline = deadline;
        a.state = AssignmentState.IN_PROGRESS.name();
        a.step(AssignmentStep.ASSIGNED, on, null, actor);
        return a;
    }

    /** The assignee notes how far it got. */
    public void progress(String note, LocalDate on, String actor) {
        requireState("登记进展", AssignmentState.IN_PROGRESS);
        step(AssignmentStep.PROGRESS, on, required("note", "进展情况", note), actor);
    }

    /** The assignee asks for more time: before its deadline, for a later day, with the reason (DB-01 延期). */
    public void requestExtension(LocalDate until, String reason, LocalDate on, String actor) {
        requireState("申请延期", AssignmentState.IN_PROGRESS);
        if (extensionUntil != null) {
            throw new ConflictException("已有延期申请等待审核");
        }
        if (on.isAfter(deadline)) {
            throw new InvalidInputException("until", "延期至", "办理期限" + deadline + "已过，延期须在期限届满前申请");
        }
        if (until == null || !until.isAfter(deadline)) {
            throw new InvalidInputException("until", "延期至", "应晚于现在的办理期限" + deadline);
        }
        String why = required("reason", "延期理由", reason);
        extensionUntil = until;
        extensionReason = why;
        step(AssignmentStep.EXTENSION_REQUESTED, on, "申请延期至" + until + "：" + why, actor);
    }

    /** The issuer grants the extension (the deadline moves) or refuses it with the reason. */
    public void decideExtension(boolean granted, String note, LocalDate on, String actor) {
        if (extensionUntil == null) {
            throw new ConflictException("没有等待审核的延期申请");
        }
        if (granted) {
            deadline = extensionUntil;
            step(AssignmentStep.EXTENDED, on, "办理期限延至" + deadline + (blank(note) ? "" : "：" + note.strip()), actor);
        } else {
            step(AssignmentStep.EXTENSION_REFUSED, on, required("note", "不同意延期的理由", note), actor);
        }
        extensionUntil = null;
        extensionReason = null;
    }

    /** The issuer reminds the assignee (催办) of a part not yet reported. */
    public void remind(String note, LocalDate on, String actor) {
        requireState("催办", AssignmentState.IN_PROGRESS);
        lastRemindedOn = on;
        step(AssignmentStep.REMINDED, on, blank(note) ? "请抓紧办理，按期反馈" : note.strip(), actor);
    }

    /** The assignee reports: its account and, where the task asks for the platform's data, the generated figures. */
    public void report(String text, String generated, LocalDate on, String actor) {
        requireState("反馈", AssignmentState.IN_PROGRESS);
        reportText = required("text", "办理情况", text);
        figures = generated;
        reportedOn = on;
        returnReason = null;
        extensionUntil = null;
        extensionReason = null;
        state = AssignmentState.REPORTED.name();
        step(AssignmentStep.REPORTED, on, reportText, actor);
    }

    /** The issuer returns the report with the reason: the part is being done again. */
    public void sendBack(String reason, LocalDate on, String actor) {
        requireState("退回", AssignmentState.REPORTED);
        returnReason = required("reason", "退回理由", reason);
        state = AssignmentState.IN_PROGRESS.name();
        step(AssignmentStep.RETURNED, on, returnReason, actor);
    }

    /** The issuer closes the part after reviewing the report, saying what it was closed on (对账销号, DB-04). */
    public void close(String note, LocalDate on, String actor) {
        requireState("销号", AssignmentState.REPORTED);
        closeNote = required("note", "审核意见", note);
        closedOn = on;
        closedBy = actor;
        state = AssignmentState.CLOSED.name();
        step(AssignmentStep.CLOSED, on, closeNote, actor);
    }

    /** The task was withdrawn: a part not yet closed ends with it. */
    public void withdraw(LocalDate on, String actor) {
        if (state() != AssignmentState.CLOSED) {
            state = AssignmentState.WITHDRAWN.name();
            extensionUntil = null;
            step(AssignmentStep.WITHDRAWN, on, null, actor);
        }
    }

    /** Not reported by its deadline (a part reported, closed or withdrawn is not overdue). */
    public boolean overdueOn(LocalDate today) {
        return state() == AssignmentState.IN_PROGRESS && today.isAfter(deadline);
    }

    private void requireState(String what, AssignmentState allowed) {
        if (state() != allowed) {
            throw new ConflictException("该事项" + state().label() + "，不能" + what);
        }
    }

    private static String required(String field, String label, String text) {
        if (blank(text)) {
            throw new InvalidInputException(field, label, "不能为空");
        }
        return text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void step(AssignmentStep step, LocalDate on, String note, String actor) {
        entries.add(new AssignmentEntry(step.name(), on, note, actor));
        registerEvent(new DutyChanged(List.of(issuerOrgId, orgId)));
    }

    public Long id() {
        return id;
    }

    public long taskId() {
        return taskId;
    }

    public long issuerOrgId() {
        return issuerOrgId;
    }

    public String issuerPath() {
        return issuerPath;
    }

    public long orgId() {
        return orgId;
    }

    public String orgPath() {
        return orgPath;
    }

    public boolean lead() {
        return lead;
    }

    public AssignmentState state() {
        return AssignmentState.valueOf(state);
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate extensionUntil() {
        return extensionUntil;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public String reportText() {
        return reportText;
    }

    public String figures() {
        return figures;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }

    public String closeNote() {
        return closeNote;
    }

    public String returnReason() {
        return returnReason;
    }

    public LocalDate lastRemindedOn() {
        return lastRemindedOn;
    }

    public List<AssignmentEntry> entries() {
        return List.copyOf(entries);
    }

    public int version() {
        return version;
    }
}
