package cn.dangjian.duty.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.duty.AssignmentView;
import cn.dangjian.duty.TaskView;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Component;

/** A task as the caller may see it, every organization's name read in one statement. */
@Component
public class TaskViews {

    private final OrgUnits orgs;
    private final TaskAccess access;

    TaskViews(OrgUnits orgs, TaskAccess access) {
        this.orgs = orgs;
        this.access = access;
    }

    public TaskView of(AccessScope scope, Task t) {
        List<Assignment> parts = access.parts(t);
        List<Long> ids = new ArrayList<>(List.of(t.issuerOrgId()));
        parts.forEach(a -> ids.add(a.orgId()));
        Map<Long, String> names = new HashMap<>();
        orgs.refs(ids).forEach(o -> names.put(o.id(), o.name()));
        boolean issuer = access.issuerSide(scope, t);
        List<AssignmentView> views = parts.stream()
                .map(a -> view(a, names.getOrDefault(a.orgId(), ""), issuer || access.assigneeSide(scope, a)))
                .toList();
        return new TaskView(t.id(), t.number(), t.issuerOrgId(), names.getOrDefault(t.issuerOrgId(), ""), t.title(),
                t.content(), t.source(), t.sourceNote(), t.criteria(), t.deadline(), t.data(), t.reportYear(),
                t.reportQuarter(), t.state(), t.issuedOn(), t.issuedBy(), t.closedOn(), views, issuer, t.version());
    }

    private static AssignmentView view(Assignment a, String name, boolean detailed) {
        if (!detailed) {
            return new AssignmentView(a.id(), a.taskId(), a.orgId(), name, a.lead(), a.state(), a.deadline(), null,
                    null, null, null, a.reportedOn(), a.closedOn(), null, null, null, null, List.of(), false, a.version());
        }
        return new AssignmentView(a.id(), a.taskId(), a.orgId(), name, a.lead(), a.state(), a.deadline(),
                a.extensionUntil(), a.extensionReason(), a.reportText(), a.figures(), a.reportedOn(), a.closedOn(),
                a.closedBy(), a.closeNote(), a.returnReason(), a.lastRemindedOn(), a.entries().stream()
                .map(e -> new AssignmentView.Entry(e.step(), e.on(), e.note(), e.by())).toList(), true, a.version());
    }

    /** The organizations' names, for a list. */
    public Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        orgs.refs(ids).stream().forEach((OrgUnitRef o) -> names.put(o.id(), o.name()));
        return names;
    }
}
