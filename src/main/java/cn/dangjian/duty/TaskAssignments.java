package cn.dangjian.duty;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.duty.internal.Assignment;
import cn.dangjian.duty.internal.AssignmentRepository;
import cn.dangjian.duty.internal.Task;
import cn.dangjian.duty.internal.TaskFigures;
import cn.dangjian.duty.internal.TaskAccess;
import cn.dangjian.duty.internal.TaskRepository;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.TextKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps on one assignee's part of a supervised task. The assignee's side notes progress, asks for more time
 * and reports — with the figures generated from the records where the task asks for them (DB-03); the issuer's side
 * reminds (催办), decides on the extension, and closes the part after review (对账销号, DB-04) or returns it. When
 * the last part is closed the task is 办结. Every step takes the version read (409 when stale), after the side is
 * checked (404 for anyone on neither side). Each step returns the task's id.
 */
@Service
@Transactional
public class TaskAssignments {

    private final AssignmentRepository assignments;
    private final TaskRepository tasks;
    private final TaskAccess access;
    private final TaskFigures figures;
    private final Clock clock;

    TaskAssignments(AssignmentRepository assignments, TaskRepository tasks, TaskAccess access, TaskFigures figures,
                    Clock clock) {
        this.assignments = assignments;
        this.tasks = tasks;
        this.access = access;
        this.figures = figures;
        this.clock = clock;
    }

    public long progress(AccessScope scope, long id, String note, int version) {
        Assignment a = open(access.asAssignee(scope, id, version));
        a.progress(TextKind.LONG_TEXT.required("note", "进展情况", note), today(), scope.username());
        assignments.save(a);
        return a.taskId();
    }

    public long requestExtension(AccessScope scope, long id, LocalDate until, String reason, int version) {
        Assignment a = open(access.asAssignee(scope, id, version));
        a.requestExtension(until, TextKind.LONG_TEXT.required("reason", "延期理由", reason), today(), scope.username());
        assignments.save(a);
        return a.taskId();
    }

    /** The report: the assignee's account, with the platform's figures for the task's period where it asks for them. */
    public long report(AccessScope scope, long id, String text, int version) {
        Assignment a = open(access.asAssignee(scope, id, version));
        Task t = tasks.findById(a.taskId()).orElseThrow();
        String account = TextKind.LONG_TEXT.required("text", "办理情况", text);
        a.report(account, figures.of(scope, t, a.orgId()), today(), scope.username());
        assignments.save(a);
        return a.taskId();
    }

    /** What the report's generated figures would say now, before the assignee sends it. */
    @Transactional(readOnly = true)
    public String previewFigures(AccessScope scope, long id, int version) {
        Assignment a = access.asAssignee(scope, id, version);
        return figures.of(scope, tasks.findById(a.taskId()).orElseThrow(), a.orgId());
    }

    public long remind(AccessScope scope, long id, String note, int version) {
        Assignment a = open(access.asIssuer(scope, id, version));
        a.remind(TextKind.LONG_TEXT.optional("note", "催办意见", note), today(), scope.username());
        assignments.save(a);
        return a.taskId();
    }

    public long decideExtension(AccessScope scope, long id, boolean granted, String note, int version) {
        Assignment a = open(access.asIssuer(scope, id, version));
        a.decideExtension(granted, TextKind.LONG_TEXT.optional("note", "审核意见", note), today(), scope.username());
        assignments.save(a);
        return a.taskId();
    }

    public long sendBack(AccessScope scope, long id, String reason, int version) {
        Assignment a = open(access.asIssuer(scope, id, version));
        a.sendBack(TextKind.LONG_TEXT.required("reason", "退回理由", reason), today(), scope.username());
        assignments.save(a);
        return a.taskId();
    }

    /** 对账销号: the part is closed on what the note says; the task is 办结 once its last part is. */
    public long close(AccessScope scope, long id, String note, int version) {
        Assignment a = open(access.asIssuer(scope, id, version));
        LocalDate today = today();
        a.close(TextKind.LONG_TEXT.required("note", "审核意见", note), today, scope.username());
        assignments.save(a);
        Task t = tasks.findById(a.taskId()).orElseThrow();
        if (assignments.findByTaskIdOrderById(t.id()).stream().allMatch(p -> p.state() == AssignmentState.CLOSED)) {
            t.close(today);
            tasks.save(t);
        }
        return t.id();
    }

    private Assignment open(Assignment a) {
        if (a.state() == AssignmentState.WITHDRAWN) {
            throw new ConflictException("该督办事项已撤销");
        }
        return a;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
