package cn.dangjian.duty.internal;

import java.util.List;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Who reaches a supervised task and on which side they stand. The issuer's side is whoever covers the issuing
 * organization: it sees every part and takes the issuer's steps. The assignee's side is whoever covers an
 * assigned organization but not the issuer — so the issuer never reports for an assignee — and sees the task
 * with its own part. Anyone else is told the task does not exist (404), before any version is compared (409).
 */
@Component
public class TaskAccess {

    private static final String NOT_FOUND = "督办事项不存在";

    private final TaskRepository tasks;
    private final AssignmentRepository assignments;

    TaskAccess(TaskRepository tasks, AssignmentRepository assignments) {
        this.tasks = tasks;
        this.assignments = assignments;
    }

    public boolean issuerSide(AccessScope scope, Task t) {
        return scope.coversOrg(t.issuerOrgId(), t.issuerPath());
    }

    public boolean assigneeSide(AccessScope scope, Assignment a) {
        return scope.coversOrg(a.orgId(), a.orgPath()) && !scope.coversOrg(a.issuerOrgId(), a.issuerPath());
    }

    /** The task and its parts, if the caller stands on either side (else 404). */
    public Task task(AccessScope scope, long id) {
        scope.require(Permission.DUTY_VIEW);
        Task t = tasks.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!issuerSide(scope, t) && parts(t).stream().noneMatch(a -> assigneeSide(scope, a))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return t;
    }

    public List<Assignment> parts(Task t) {
        return assignments.findByTaskIdOrderById(t.id());
    }

    /** A part for an issuer's step: the caller covers the issuer and may assign (else 404 / 403), at its version. */
    public Assignment asIssuer(AccessScope scope, long id, int version) {
        scope.require(Permission.DUTY_ASSIGN);
        Assignment a = assignments.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrg(a.issuerOrgId(), a.issuerPath())) {
            if (assigneeSide(scope, a)) {
                throw new ConflictException("这一步由交办的党组织办理");
            }
            throw new NotFoundException(NOT_FOUND);
        }
        return at(a, version);
    }

    /** A part for an assignee's step: the caller stands on the assignee's side and may report, at its version. */
    public Assignment asAssignee(AccessScope scope, long id, int version) {
        scope.require(Permission.DUTY_REPORT);
        Assignment a = assignments.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!assigneeSide(scope, a)) {
            if (scope.coversOrg(a.issuerOrgId(), a.issuerPath())) {
                throw new ConflictException("这一步由承办的党组织办理");
            }
            throw new NotFoundException(NOT_FOUND);
        }
        return at(a, version);
    }

    private static Assignment at(Assignment a, int version) {
        if (a.version() != version) {
            throw new ConflictException("该事项已被他人办理，请刷新后重试");
        }
        return a;
    }
}
