package cn.dangjian.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.duty.internal.DutyParameters;
import cn.dangjian.duty.internal.Inspection;
import cn.dangjian.duty.internal.InspectionRepository;
import cn.dangjian.duty.internal.RectificationItem;
import cn.dangjian.duty.internal.RectificationItemRepository;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 巡视巡察整改 (ZG-01…ZG-03): the inspected organization records the feedback as a list of problems, each with its
 * measures, deadline, responsible person and leader (items fixed on the spot marked 立行立改), reports each fixed
 * and the two reports sent; the organization above reviews and closes each item (销号) or returns it — and does not
 * take the inspected side's steps. The reports are due the parameter's months after the feedback. Outside the
 * inspected organization's line: 404.
 */
@Service
@Transactional
public class Inspections {

    private static final String NOT_FOUND = "整改记录不存在";

    private final InspectionRepository inspections;
    private final RectificationItemRepository items;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final JdbcClient jdbc;
    private final Clock clock;

    Inspections(InspectionRepository inspections, RectificationItemRepository items, OrgUnits orgs,
                RuleParameters parameters, JdbcClient jdbc, Clock clock) {
        this.inspections = inspections;
        this.items = items;
        this.orgs = orgs;
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the feedback with its problems; every field at fault is named at once (items as items[n].field). */
    public long record(AccessScope scope, RecordInspection cmd) {
        scope.require(Permission.DUTY_REPORT);
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        inspectedSide(scope, org.id());
        if (cmd.kind() == InspectionKind.REVIEW) {
            throw new InvalidInputException("kind", "检查类别", "述职评议中提出的问题由上级党组织在评议时登记");
        }
        return save(scope, org, cmd);
    }

    /**
     * The problems raised at the 述职评议 of {@code cmd.orgId()}'s secretary (ZR-03: 问题清单 → 整改责任清单),
     * recorded by the reviewing organization above it; from then on they are rectified, reported and closed like
     * an inspection's.
     */
    public long recordReviewProblems(AccessScope scope, RecordInspection cmd) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        if (cmd.kind() != InspectionKind.REVIEW || !reviewer(scope, org.id())) {
            throw new ConflictException("述职评议中提出的问题由上级党组织登记");
        }
        return save(scope, org, cmd);
    }

    private long save(AccessScope scope, OrgUnitRef org, RecordInspection cmd) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (cmd.kind() == null) {
            problems.add(new FieldProblem("kind", "检查类别", "请选择"));
        }
        String team = TextKind.SHORT_TEXT.required("team", "巡视巡察组", cmd.team(), problems);
        if (cmd.feedbackOn() == null || cmd.feedbackOn().isAfter(today)) {
            problems.add(new FieldProblem("feedbackOn", "反馈日期", cmd.feedbackOn() == null ? "不能为空" : "不能晚于今天"));
        }
        if (cmd.items().isEmpty()) {
            problems.add(new FieldProblem("items", "问题清单", "请至少填写一个问题"));
        }
        List<RecordInspection.NewItem> checked = new ArrayList<>();
        for (int i = 0; i < cmd.items().size(); i++) {
            checked.add(check(cmd.items().get(i), "items[" + i + "].", "第" + (i + 1) + "个问题的", cmd.feedbackOn(),
                    problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int months = parameters.valuesFor(org.path(), cmd.feedbackOn()).whole(DutyParameters.REPORT_MONTHS);
        Inspection saved = inspections.save(Inspection.of(org.id(), org.path(), cmd.kind(), team, cmd.feedbackOn(),
                cmd.feedbackOn().plusMonths(months), scope.username()));
        for (int i = 0; i < checked.size(); i++) {
            RecordInspection.NewItem n = checked.get(i);
            items.save(RectificationItem.of(saved.id(), i + 1, org.id(), org.path(), n.problem(), n.measures(),
                    n.deadline(), n.owner(), n.leader(), n.immediate(), cmd.feedbackOn()));
        }
        return saved.id();
    }

    @Transactional(readOnly = true)
    public InspectionView get(AccessScope scope, long id) {
        Inspection i = visible(scope, id);
        String name = orgs.ref(i.orgId()).map(OrgUnitRef::name).orElse("");
        return new InspectionView(i.id(), i.orgId(), name, i.kind(), i.team(), i.feedbackOn(), i.reportsDue(),
                i.rectificationReportOn(), i.leaderReportOn(), items.findByInspectionIdOrderByPosition(i.id()).stream()
                .map(Inspections::view).toList(), reviewer(scope, i), i.version());
    }

    /** The inspections of the organization's subtree, newest feedback first, with their items. */
    @Transactional(readOnly = true)
    public List<InspectionView> list(AccessScope scope, long orgId) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        AccessScope.Clause clause = scope.orgClause("i.org_id", "i.org_path");
        java.util.Map<String, Object> params = new java.util.HashMap<>(clause.params());
        params.put("p", org.path() + "%");
        return jdbc.sql("SELECT i.id FROM duty_inspection i WHERE i.org_path LIKE :p AND " + clause.sql()
                        + " ORDER BY i.feedback_on DESC, i.id DESC LIMIT 200")
                .params(params).query(Long.class).list().stream().map(id -> get(scope, id)).toList();
    }

    /** The inspected organization adds a problem found later in the same feedback. */
    public void addItem(AccessScope scope, long id, RecordInspection.NewItem item) {
        scope.require(Permission.DUTY_REPORT);
        Inspection i = visible(scope, id);
        inspectedSide(scope, i.orgId());
        List<FieldProblem> problems = new ArrayList<>();
        RecordInspection.NewItem n = check(item, "", "", i.feedbackOn(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int next = items.findByInspectionIdOrderByPosition(id).size() + 1;
        items.save(RectificationItem.of(id, next, i.orgId(), i.orgPath(), n.problem(), n.measures(), n.deadline(),
                n.owner(), n.leader(), n.immediate(), i.feedbackOn()));
    }

    /** The inspected organization reports an item fixed, saying how. */
    public void itemDone(AccessScope scope, long id, long itemId, String note, int version) {
        scope.require(Permission.DUTY_REPORT);
        RectificationItem item = item(scope, id, itemId, version);
        inspectedSide(scope, item.orgId());
        item.done(TextKind.LONG_TEXT.required("note", "完成情况", note), LocalDate.now(clock));
        items.save(item);
    }

    /** The organization above closes an item after review (销号). */
    public void itemClose(AccessScope scope, long id, long itemId, String note, int version) {
        RectificationItem item = asReviewer(scope, id, itemId, version);
        item.close(TextKind.LONG_TEXT.required("note", "审核意见", note), LocalDate.now(clock), scope.username());
        items.save(item);
    }

    /** The organization above returns an item reported fixed, with the reason. */
    public void itemReturn(AccessScope scope, long id, long itemId, String reason, int version) {
        RectificationItem item = asReviewer(scope, id, itemId, version);
        item.sendBack(TextKind.LONG_TEXT.required("reason", "退回理由", reason));
        items.save(item);
    }

    /** The 整改情况报告 ({@code leaderReport} false) or the 主要负责人组织落实情况报告 was sent on {@code on}. */
    public void reportSent(AccessScope scope, long id, boolean leaderReport, LocalDate on, int version) {
        scope.require(Permission.DUTY_REPORT);
        Inspection i = visible(scope, id);
        inspectedSide(scope, i.orgId());
        if (i.version() != version) {
            throw new ConflictException("该整改记录已被他人修改，请刷新后重试");
        }
        i.reportSent(leaderReport, on, LocalDate.now(clock));
        inspections.save(i);
    }

    private Inspection visible(AccessScope scope, long id) {
        scope.require(Permission.DUTY_VIEW);
        Inspection i = inspections.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrg(i.orgId(), i.orgPath())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return i;
    }

    /** An item of inspection {@code id} in the caller's reach (else 404), at the version read (else 409). */
    private RectificationItem item(AccessScope scope, long id, long itemId, int version) {
        RectificationItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (item.inspectionId() != id || !scope.coversOrg(item.orgId(), item.orgPath())) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (item.version() != version) {
            throw new ConflictException("该整改事项已被他人办理，请刷新后重试");
        }
        return item;
    }

    private RectificationItem asReviewer(AccessScope scope, long id, long itemId, int version) {
        scope.require(Permission.DUTY_ASSIGN);
        RectificationItem item = item(scope, id, itemId, version);
        if (!reviewer(scope, item.orgId())) {
            throw new ConflictException("整改事项由上级党组织审核销号");
        }
        return item;
    }

    /** The inspected side's steps are not the reviewer's: whoever closes the items does not also report them fixed. */
    private void inspectedSide(AccessScope scope, long orgId) {
        if (reviewer(scope, orgId)) {
            throw new ConflictException("这一步由被检查的党组织办理，上级党组织负责审核销号");
        }
    }

    private boolean reviewer(AccessScope scope, Inspection i) {
        return reviewer(scope, i.orgId());
    }

    /** Whether the caller covers the organization above the inspected one (the inspected one itself at the top). */
    private boolean reviewer(AccessScope scope, long orgId) {
        OrgUnitRef org = orgs.ref(orgId).orElseThrow();
        OrgUnitRef above = org.parentId() == null ? org : orgs.ref(org.parentId()).orElse(org);
        return scope.can(Permission.DUTY_ASSIGN) && scope.coversOrg(above.id(), above.path());
    }

    private static RecordInspection.NewItem check(RecordInspection.NewItem n, String prefix, String label,
                                                  LocalDate feedbackOn, List<FieldProblem> problems) {
        String problem = TextKind.LONG_TEXT.required(prefix + "problem", label + "问题", n.problem(), problems);
        String measures = TextKind.LONG_TEXT.required(prefix + "measures", label + "整改措施", n.measures(), problems);
        String owner = TextKind.PERSON_NAME.required(prefix + "owner", label + "责任人", n.owner(), problems);
        String leader = TextKind.PERSON_NAME.optional(prefix + "leader", label + "责任领导", n.leader(), problems);
        if (n.deadline() == null) {
            problems.add(new FieldProblem(prefix + "deadline", label + "整改时限", "不能为空"));
        } else if (feedbackOn != null && n.deadline().isBefore(feedbackOn)) {
            problems.add(new FieldProblem(prefix + "deadline", label + "整改时限", "不能早于反馈日期"));
        }
        return new RecordInspection.NewItem(problem, measures, n.deadline(), owner, leader, n.immediate());
    }

    private static ItemView view(RectificationItem r) {
        return new ItemView(r.id(), r.position(), r.problem(), r.measures(), r.deadline(), r.owner(), r.leader(),
                r.immediate(), r.state(), r.doneOn(), r.doneNote(), r.closedOn(), r.closedBy(), r.closeNote(),
                r.returnReason(), r.version());
    }
}
