package cn.dangjian.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.TaskNoticeDocument;
import cn.dangjian.duty.internal.Assignment;
import cn.dangjian.duty.internal.AssignmentRepository;
import cn.dangjian.duty.internal.Task;
import cn.dangjian.duty.internal.TaskAccess;
import cn.dangjian.duty.internal.TaskList;
import cn.dangjian.duty.internal.TaskRepository;
import cn.dangjian.duty.internal.TaskViews;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查督办 (DB-01…DB-04) as the issuing organization runs it: a task registered and assigned in one step — numbered
 * 督办〔年〕号 per issuer and year, to organizations strictly below the issuer, one of several leading — then read
 * and listed by both sides, and withdrawn while open. The parts' own steps are {@link TaskAssignments}.
 */
@Service
@Transactional
public class Tasks {

    /** The furthest a deadline may be set ahead. */
    static final int MAX_DAYS_AHEAD = 366;

    private final TaskRepository tasks;
    private final AssignmentRepository assignments;
    private final TaskAccess access;
    private final TaskViews views;
    private final OrgUnits orgs;
    private final JdbcClient jdbc;
    private final TaskList lists;
    private final Documents documents;
    private final Clock clock;

    Tasks(TaskRepository tasks, AssignmentRepository assignments, TaskAccess access, TaskViews views, OrgUnits orgs,
          JdbcClient jdbc, TaskList lists, Documents documents, Clock clock) {
        this.documents = documents;
        this.tasks = tasks;
        this.assignments = assignments;
        this.access = access;
        this.views = views;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * Registers and assigns a task; returns its id. Every field at fault is named at once. A task issued on paper may
     * be recorded with the day it was issued, within the last year; its deadline may then have passed already.
     */
    public long assign(AccessScope scope, AssignTask cmd) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = orgs.refInScope(scope, cmd.issuerOrgId());
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        String title = TextKind.SHORT_TEXT.required("title", "督办事项", cmd.title(), problems);
        String content = TextKind.LONG_TEXT.required("content", "督办内容", cmd.content(), problems);
        String criteria = TextKind.LONG_TEXT.required("criteria", "办结标准", cmd.criteria(), problems);
        String sourceNote = TextKind.SHORT_TEXT.optional("sourceNote", "来源说明", cmd.sourceNote(), problems);
        if (cmd.source() == null) {
            problems.add(new FieldProblem("source", "来源", "请选择"));
        }
        LocalDate on = cmd.issuedOn() == null ? today : cmd.issuedOn();
        if (on.isAfter(today) || on.isBefore(today.minusDays(MAX_DAYS_AHEAD))) {
            problems.add(new FieldProblem("issuedOn", "交办日期", "应为一年内，且不晚于今天"));
        }
        if (cmd.deadline() == null) {
            problems.add(new FieldProblem("deadline", "办理期限", "不能为空"));
        } else if (cmd.deadline().isBefore(on)) {
            problems.add(new FieldProblem("deadline", "办理期限", on.equals(today) ? "不能早于今天" : "不能早于交办日期"));
        } else if (cmd.deadline().isAfter(on.plusDays(MAX_DAYS_AHEAD))) {
            problems.add(new FieldProblem("deadline", "办理期限", "自交办起不能超过一年"));
        }
        List<OrgUnitRef> assignees = assignees(issuer, cmd, problems);
        Long lead = lead(cmd, assignees, problems);
        if (cmd.data() != TaskData.NONE) {
            if (cmd.reportYear() == null || cmd.reportYear() < 2000 || cmd.reportYear() > today.getYear()) {
                problems.add(new FieldProblem("reportYear", "数据年度", "应为2000年至今年"));
            }
            if (cmd.reportQuarter() != null && (cmd.reportQuarter() < 0 || cmd.reportQuarter() > 4)) {
                problems.add(new FieldProblem("reportQuarter", "数据季度", "应为1至4，或全年"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int no = jdbc.sql("""
                        INSERT INTO duty_task_counter (org_id, year, last_no) VALUES (:org, :year, 1)
                        ON CONFLICT (org_id, year) DO UPDATE SET last_no = duty_task_counter.last_no + 1
                        RETURNING last_no""")
                .param("org", issuer.id()).param("year", on.getYear()).query(Integer.class).single();
        Task task = tasks.save(Task.issue(issuer.id(), issuer.path(), no, title, content, cmd.source(), sourceNote,
                criteria, cmd.deadline(), cmd.data(), cmd.reportYear(),
                cmd.reportQuarter() == null ? 0 : cmd.reportQuarter(), on, scope.username()));
        for (OrgUnitRef org : assignees) {
            assignments.save(Assignment.of(task.id(), issuer.id(), issuer.path(), org.id(), org.path(),
                    lead != null && lead == org.id(), cmd.deadline(), on, scope.username()));
        }
        return task.id();
    }

    @Transactional(readOnly = true)
    public TaskView get(AccessScope scope, long id) {
        return views.of(scope, access.task(scope, id));
    }

    /**
     * The 督办通知单 as PDF or as Word (in the issuer's own format if one is uploaded), for both sides: what was
     * assigned, to whom, by when.
     */
    @Transactional(readOnly = true)
    public DutyFile notice(AccessScope scope, long id, boolean pdf) {
        TaskView t = get(scope, id);
        String assignees = String.join("、", t.assignments().stream()
                .sorted(java.util.Comparator.comparing(AssignmentView::lead).reversed())
                .map(a -> a.orgName() + (a.lead() && t.assignments().size() > 1 ? "（牵头）" : "")).toList());
        TaskNoticeDocument doc = new TaskNoticeDocument(t.number(), t.issuerName(), t.title(), t.source().label()
                + (t.sourceNote() == null ? "" : "（" + t.sourceNote() + "）"), assignees, t.content(), t.criteria(),
                t.deadline(), t.issuedOn(), t.data() == TaskData.NONE ? null : t.data().label() + "，" + t.reportPeriod());
        String name = "督办通知单（" + t.number() + "）";
        return pdf ? new DutyFile(name + ".pdf", documents.pdf(DocumentTemplate.TASK_NOTICE, doc.toModel()))
                : new DutyFile(name + ".docx", documents.docxFor(DocumentTemplate.TASK_NOTICE,
                orgs.ref(t.issuerOrgId()).orElseThrow().path(), doc.toModel()));
    }

    /** The issuer withdraws an open task; its parts not yet closed end with it. */
    public void withdraw(AccessScope scope, long id, int version) {
        scope.require(Permission.DUTY_ASSIGN);
        Task t = access.task(scope, id);
        if (!access.issuerSide(scope, t)) {
            throw new ConflictException("只有交办的党组织可以撤销");
        }
        if (t.version() != version) {
            throw new ConflictException("该督办事项已被他人修改，请刷新后重试");
        }
        LocalDate today = LocalDate.now(clock);
        t.withdraw(today);
        tasks.save(t);
        List<Assignment> parts = access.parts(t);
        parts.forEach(a -> a.withdraw(today, scope.username()));
        assignments.saveAll(parts);
    }

    /**
     * The tasks issued by the organization's subtree or given to it, newest first, narrowed by the query, with how
     * their parts stand today.
     */
    @Transactional(readOnly = true)
    public PageResult<TaskRow> list(AccessScope scope, long orgId, TaskQuery query, PageRequest page) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return lists.read(scope, org, query, page, LocalDate.now(clock));
    }

    /**
     * The organizations the caller may assign a task to from {@code issuerOrgId}: the active ones below it, in tree
     * order, indented by depth.
     */
    @Transactional(readOnly = true)
    public List<Assignable> assignable(AccessScope scope, long issuerOrgId) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = orgs.refInScope(scope, issuerOrgId);
        List<Assignable> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            PageResult<OrgUnitNode> nodes = orgs.subtree(issuer.id(), new PageRequest(page, PageRequest.MAX_SIZE));
            nodes.items().stream().filter(n -> n.active() && n.id() != issuer.id())
                    .forEach(n -> found.add(new Assignable(n.id(), n.name(), n.depth() - issuer.depth(), n.path())));
            if ((long) page * PageRequest.MAX_SIZE >= nodes.total()) {
                break;
            }
        }
        found.sort(java.util.Comparator.comparing(Assignable::path));
        return found;
    }

    /** An organization a task may be assigned to, {@code level} 1 for those directly below the issuer. */
    public record Assignable(long id, String name, int level, String path) {
    }

    private List<OrgUnitRef> assignees(OrgUnitRef issuer, AssignTask cmd, List<FieldProblem> problems) {
        if (cmd.assigneeOrgIds().isEmpty()) {
            problems.add(new FieldProblem("assigneeOrgIds", "承办党组织", "请至少选择一个"));
            return List.of();
        }
        Map<Long, OrgUnitRef> found = new HashMap<>();
        orgs.refs(cmd.assigneeOrgIds()).forEach(o -> found.put(o.id(), o));
        List<OrgUnitRef> assignees = new ArrayList<>();
        for (Long id : cmd.assigneeOrgIds()) {
            OrgUnitRef o = found.get(id);
            if (o == null || !o.active() || !o.path().startsWith(issuer.path()) || o.id() == issuer.id()) {
                problems.add(new FieldProblem("assigneeOrgIds", "承办党组织", "只能交给本组织下级的党组织"));
                return List.of();
            }
            assignees.add(o);
        }
        return assignees;
    }

    private static Long lead(AssignTask cmd, List<OrgUnitRef> assignees, List<FieldProblem> problems) {
        if (assignees.size() == 1) {
            return assignees.get(0).id();
        }
        if (!assignees.isEmpty() && (cmd.leadOrgId() == null
                || assignees.stream().noneMatch(o -> o.id() == cmd.leadOrgId()))) {
            problems.add(new FieldProblem("leadOrgId", "牵头党组织", "多个党组织承办时，请从中确定一个牵头"));
        }
        return cmd.leadOrgId();
    }
}
