package cn.dangjian.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.org.internal.OrgUnitStore;
import cn.dangjian.org.internal.UnitStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Counts;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The organization tree's facade: every read and write goes through the caller's {@link AccessScope}. */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

    static final String NOT_FOUND = "未找到该党组织，或该组织不在您的管理范围内";
    static final String OWN_RECORDS_ONLY = "您的账号只能查看本人的记录，不能查看本组织的其他记录";
    /** The largest order number among siblings: far above any real tree, far below an int's range. */
    static final int MAX_SORT_ORDER = 1_000_000;

    private final OrgUnitStore store;
    private final UnitStore units;
    private final ApplicationEventPublisher events;
    private final MemberDirectory members;
    private final Clock clock;

    OrgUnits(OrgUnitStore store, UnitStore units, ApplicationEventPublisher events, MemberDirectory members,
             Clock clock) {
        this.store = store;
        this.units = units;
        this.events = events;
        this.members = members;
        this.clock = clock;
    }

    // --- reads for other modules (no scope: they apply their caller's scope themselves) -----------
    // Single-statement look-ups join the caller's transaction if there is one and open none otherwise.

    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<OrgUnitRef> ref(long id) {
        return store.ref(id);
    }

    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OrgUnitRef> refs(Collection<Long> ids) {
        return store.refs(ids);
    }

    /** Every direct child of an organization, dissolved ones included, for rollups that must account for all. */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OrgUnitRef> allChildren(long parentId) {
        return store.refs(store.children(parentId, true).stream().map(OrgUnitNode::id).toList());
    }

    /**
     * The 党委 that approves for an organization: the nearest 机关党委 at or above it, or the 机关工委 where there is
     * none (a 党总支 is not a 党委). It approves recruits (FZ-16, JG-12) and dues reductions (DF-07). The
     * organization itself when nothing above qualifies.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OrgUnitRef approvingCommittee(OrgUnitRef org) {
        List<Long> ancestry = new ArrayList<>();
        for (String part : org.path().split("/")) {
            if (!part.isEmpty()) {
                ancestry.add(Long.parseLong(part));
            }
        }
        Map<Long, OrgUnitRef> refs = new HashMap<>();
        store.refs(ancestry).forEach(r -> refs.put(r.id(), r));
        for (int i = ancestry.size() - 1; i >= 0; i--) {
            OrgUnitRef r = refs.get(ancestry.get(i));
            if (r != null && (r.type() == OrgType.PARTY_COMMITTEE || r.type() == OrgType.WORK_COMMITTEE)) {
                return r;
            }
        }
        return org;
    }

    /**
     * How each organization in {@code ids} is set up (unit, covered units, active children by type), in two
     * statements for any number of organizations. Not scoped, like {@link #refs}: for modules that check
     * whole batches of organizations (compliance) and apply their caller's scope themselves.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, OrgUnitSetup> setups(Collection<Long> ids) {
        Map<Long, OrgUnitSetup> setups = new HashMap<>();
        store.setups(ids).forEach(s -> setups.put(s.orgId(), s));
        return setups;
    }

    /**
     * The organizations in {@code ids} and their active party groups, with founding and dissolution dates, in one
     * statement. Not scoped, like {@link #refs}: other modules compute what each organization owes for the time it
     * existed (the meeting schedule) for many organizations at once.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OrgLifespan> lifespansWithPartyGroups(Collection<Long> ids) {
        return store.lifespansWithPartyGroups(ids);
    }

    /**
     * The recorded 成立日期 of each organization in {@code ids} (those without one are absent), from the same one
     * statement as {@link #lifespansWithPartyGroups}. Not scoped, like {@link #refs}: dates only, for checks over
     * whole batches of organizations (a branch set up during a year is not held to that year's yearly duties).
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, LocalDate> establishedOn(Collection<Long> ids) {
        Map<Long, LocalDate> dates = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        store.lifespansWithPartyGroups(ids).stream()
                .filter(l -> wanted.contains(l.id()) && l.establishedOn() != null)
                .forEach(l -> dates.put(l.id(), l.establishedOn()));
        return dates;
    }

    /**
     * The organization, if its records lie inside the caller's scope ({@link AccessScope#coversOrg}: never for a
     * 仅本人 account, which gets {@link ForbiddenException} for its own organization); otherwise
     * {@link NotFoundException}. This is the gate of every method that reads or writes an organization's records.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OrgUnitRef refInScope(AccessScope scope, long id) {
        OrgUnitRef ref = structureInScope(scope, id);
        if (!scope.coversOrg(ref.id(), ref.path())) {
            throw new ForbiddenException(OWN_RECORDS_ONLY);
        }
        return ref;
    }

    /** The organization, if its records lie inside the caller's scope; empty otherwise (no exception). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<OrgUnitRef> findInScope(AccessScope scope, long id) {
        return store.ref(id).filter(r -> scope.coversOrg(r.id(), r.path()));
    }

    /** Those of the organizations in {@code ids} whose records lie inside the caller's scope, in one statement. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OrgUnitRef> refsInScope(AccessScope scope, Collection<Long> ids) {
        return store.refs(ids).stream().filter(r -> scope.coversOrg(r.id(), r.path())).toList();
    }

    /**
     * The organization, if it may be shown to the caller ({@link AccessScope#coversOrgStructure}: for a 仅本人
     * account, its own organization); otherwise {@link NotFoundException}. For the organization's name, place
     * in the tree and committee, never for its records.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OrgUnitRef structureInScope(AccessScope scope, long id) {
        OrgUnitRef ref = store.ref(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrgStructure(ref.id(), ref.path())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return ref;
    }

    /**
     * The organization (if inside the caller's scope; otherwise {@link NotFoundException}) and its active children
     * the caller may see, in display order — one query, for views that roll figures up one level.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OrgUnitFamily family(AccessScope scope, long id) {
        List<OrgUnitRef> rows = store.refWithChildren(id);
        if (rows.isEmpty() || rows.get(0).id() != id || !scope.coversOrg(id, rows.get(0).path())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return new OrgUnitFamily(rows.get(0), rows.subList(1, rows.size()).stream()
                .filter(c -> scope.coversOrg(c.id(), c.path())).toList());
    }

    // --- scoped reads ---------------------------------------------------------------------------

    public OrgUnitView get(AccessScope scope, long id) {
        scope.require(Permission.ORG_VIEW);
        OrgUnitRef ref = structureInScope(scope, id);
        OrgUnitView view = store.view(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<Long> ancestorIds = Arrays.stream(ref.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).filter(a -> a != id).filter(a -> visibleAncestor(scope, a)).toList();
        return new OrgUnitView(view.id(), view.parentId(), view.parentName(), view.path(), view.depth(), view.type(),
                view.name(), view.unitId(), view.unitName(), view.establishedOn(), view.dissolvedOn(),
                view.dissolveReason(), view.active(), view.sortOrder(), view.version(), view.childCount(),
                view.formApprovedOn(), view.formApprovalRef(), store.breadcrumbs(ancestorIds));
    }

    private boolean visibleAncestor(AccessScope scope, long ancestorId) {
        return store.ref(ancestorId).map(a -> scope.coversOrgStructure(a.id(), a.path())).orElse(false);
    }

    /** The top of the caller's part of the tree: the root for 全部, their anchor organizations otherwise. */
    public List<OrgUnitNode> roots(AccessScope scope) {
        scope.require(Permission.ORG_VIEW);
        if (scope.level() == ScopeLevel.ALL) {
            return store.topLevel();
        }
        List<OrgUnitNode> anchors = store.nodes(scope.anchorOrgIds());
        // for 自定义 scopes, an anchor below another anchor is shown under it, not as a root
        return anchors.stream().filter(a -> anchors.stream()
                .noneMatch(b -> b.id() != a.id() && a.path().startsWith(b.path()))).toList();
    }

    public List<OrgUnitNode> children(AccessScope scope, long parentId, boolean includeDissolved) {
        scope.require(Permission.ORG_VIEW);
        structureInScope(scope, parentId);
        return store.children(parentId, includeDissolved).stream()
                .filter(c -> scope.coversOrgStructure(c.id(), c.path())).toList();
    }

    /** The top-level organizations (the 机关工委 of each tree), for batch work over every tree. */
    @ForModules
    public List<OrgUnitNode> topLevel() {
        return store.topLevel();
    }

    /** One page of the organizations of a subtree, dissolved ones included, for batch work over the subtree. */
    @ForModules
    public PageResult<OrgUnitNode> subtree(long orgId, PageRequest page) {
        String path = store.ref(orgId).orElseThrow(() -> new NotFoundException(NOT_FOUND)).path();
        return store.searchAll(new OrgUnitQuery(null, null, orgId, true), path, page);
    }

    public PageResult<OrgUnitNode> search(AccessScope scope, OrgUnitQuery query, PageRequest page) {
        scope.require(Permission.ORG_VIEW);
        String within = query.withinOrgId() == null ? null : structureInScope(scope, query.withinOrgId()).path();
        return store.search(scope, query, within, page);
    }

    // --- writes -----------------------------------------------------------------------------------

    @Transactional
    public long create(AccessScope scope, NewOrgUnit org) {
        scope.require(Permission.ORG_EDIT);
        if (org.parentId() != null) {
            refInScope(scope, org.parentId());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = requireName(org.name(), problems);
        checkSortOrder(org.sortOrder(), problems);
        if (org.type() == null) {
            problems.add(new FieldProblem("type", "组织类别", "请选择组织类别"));
        }
        checkEstablished(org.establishedOn(), problems);
        checkUnit(org.unitId(), problems);
        OrgUnitRef parent = null;
        if (org.parentId() == null) {
            if (org.type() != null && org.type() != OrgType.WORK_COMMITTEE) {
                problems.add(new FieldProblem("parentId", "上级组织", "请选择上级组织"));
            } else if (scope.level() != ScopeLevel.ALL) {
                throw new ForbiddenException("只有管理全部组织的用户可以新建顶级组织");
            }
        } else {
            parent = store.ref(org.parentId()).filter(p -> scope.coversOrg(p.id(), p.path()))
                    .orElseThrow(() -> new InvalidInputException("parentId", "上级组织", NOT_FOUND));
            if (!parent.active()) {
                problems.add(new FieldProblem("parentId", "上级组织", "上级组织已撤销"));
            } else if (org.type() != null && !org.type().allowedParents().contains(parent.type())) {
                problems.add(new FieldProblem("type", "组织类别",
                        org.type().label() + "不能设在" + parent.type().label() + "之下"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.nextId();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        int depth = parent == null ? 0 : parent.depth() + 1;
        store.insert(id, parent, new NewOrgUnit(org.parentId(), org.type(), name, org.unitId(), org.establishedOn(),
                org.sortOrder()), path, depth);
        events.publishEvent(new OrgUnitCreated(scope.username(), id, path, org.type(), name));
        return id;
    }

    @Transactional
    public void update(AccessScope scope, long id, OrgUnitChanges changes) {
        scope.require(Permission.ORG_EDIT);
        refInScope(scope, id);
        OrgUnitView before = store.view(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<FieldProblem> problems = new ArrayList<>();
        String name = requireName(changes.name(), problems);
        checkSortOrder(changes.sortOrder(), problems);
        checkEstablished(changes.establishedOn(), problems);
        checkUnit(changes.unitId(), problems);
        OrgType type = changes.type() == null ? before.type() : changes.type();
        if (type != before.type() && before.parentId() != null) {
            OrgUnitRef parent = store.ref(before.parentId()).orElseThrow();
            if (!type.allowedParents().contains(parent.type())) {
                problems.add(new FieldProblem("type", "组织类别", type.label() + "不能设在" + parent.type().label() + "之下"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int sort = changes.sortOrder() == null ? before.sortOrder() : changes.sortOrder();
        if (!store.update(id, name, type, changes.unitId(), changes.establishedOn(), sort, changes.version())) {
            throw concurrentEdit();
        }
        List<FieldChange> diff = new ArrayList<>();
        diffField(diff, "名称", before.name(), name);
        diffField(diff, "类别", before.type().label(), type.label());
        diffField(diff, "所在单位", before.unitName(), changes.unitId() == null ? null
                : units.unit(changes.unitId()).map(UnitView::name).orElse(null));
        diffField(diff, "成立日期", str(before.establishedOn()), str(changes.establishedOn()));
        diffField(diff, "排序", String.valueOf(before.sortOrder()), String.valueOf(sort));
        if (!diff.isEmpty()) {
            events.publishEvent(new OrgUnitChanged(scope.username(), id, diff));
        }
    }

    /**
     * Moves an organization and its whole subtree under a new parent, in one transaction. Refuses a
     * move under the organization itself or any of its descendants, and a move based on a stale version.
     */
    @Transactional
    public void move(AccessScope scope, long id, long newParentId, int version) {
        scope.require(Permission.ORG_EDIT);
        // lock both rows in id order so that two crossing moves cannot both pass the cycle check
        long first = Math.min(id, newParentId);
        long second = Math.max(id, newParentId);
        OrgUnitRef a = store.refForUpdate(first).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        OrgUnitRef b = id == newParentId ? a : store.refForUpdate(second).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        OrgUnitRef org = a.id() == id ? a : b;
        OrgUnitRef parent = a.id() == newParentId ? a : b;
        if (!scope.coversOrg(org.id(), org.path())) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (!scope.coversOrg(parent.id(), parent.path())) {
            throw new InvalidInputException("parentId", "新上级组织", NOT_FOUND);
        }
        if (scope.anchorOrgIds().contains(id) && scope.level() != ScopeLevel.ALL) {
            throw new ForbiddenException("不能移动您管理范围的根组织，请联系上级组织办理");
        }
        if (store.versionOf(id) != version) {
            throw concurrentEdit();
        }
        if (parent.path().startsWith(org.path())) {
            throw new ConflictException("不能将“" + org.name() + "”移动到其自身或其下级组织“" + parent.name() + "”之下");
        }
        if (Objects.equals(org.parentId(), parent.id())) {
            return;
        }
        if (!parent.active()) {
            throw new InvalidInputException("parentId", "新上级组织", "该组织已撤销");
        }
        if (!org.type().allowedParents().contains(parent.type())) {
            throw new InvalidInputException("parentId", "新上级组织",
                    org.type().label() + "不能设在" + parent.type().label() + "之下");
        }
        String oldParentName = org.parentId() == null ? null : store.ref(org.parentId()).map(OrgUnitRef::name).orElse(null);
        String newPath = parent.path() + id + "/";
        store.moveSubtree(id, parent.id(), org.path(), newPath, parent.depth() + 1 - org.depth());
        events.publishEvent(new OrgUnitMoved(scope.username(), id, org.path(), newPath, oldParentName, parent.name()));
    }

    /** Dissolves (撤销) an organization that has no active sub-organizations and no members left. */
    @Transactional
    public void dissolve(AccessScope scope, long id, LocalDate on, String reason, int version) {
        scope.require(Permission.ORG_EDIT);
        OrgUnitRef org = refInScope(scope, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new FieldProblem("dissolvedOn", "撤销日期", "不能为空"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("dissolvedOn", "撤销日期", "不能晚于今天"));
        }
        DateKind.PARTY_EVENT.check("dissolvedOn", "撤销日期", on, problems);
        String why = TextKind.LONG_TEXT.required("reason", "撤销原因", reason, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!org.active()) {
            throw new ConflictException("“" + org.name() + "”已经撤销");
        }
        long children = store.activeChildren(id);
        if (children > 0) {
            throw new ConflictException("“" + org.name() + "”还有" + children + "个下级组织，请先撤销或移走下级组织");
        }
        long memberCount = members.currentMembersOf(id);
        if (memberCount > 0) {
            throw new ConflictException("“" + org.name() + "”还有" + memberCount + "名党员，请先转出其组织关系");
        }
        if (!store.dissolve(id, on, why, version)) {
            throw concurrentEdit();
        }
        events.publishEvent(new OrgUnitDissolved(scope.username(), id, on, why));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static String requireName(String name, List<FieldProblem> problems) {
        return TextKind.SHORT_TEXT.required("name", "组织名称", name, problems);
    }

    private static void checkSortOrder(Integer sortOrder, List<FieldProblem> problems) {
        Counts.within("sortOrder", "排序", sortOrder, MAX_SORT_ORDER, "排序号上限", problems);
    }

    private void checkEstablished(LocalDate establishedOn, List<FieldProblem> problems) {
        DateKind.PARTY_EVENT.check("establishedOn", "成立日期", establishedOn, problems);
        if (establishedOn != null && establishedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("establishedOn", "成立日期", "不能晚于今天"));
        }
    }

    private void checkUnit(Long unitId, List<FieldProblem> problems) {
        if (unitId != null && units.unit(unitId).isEmpty()) {
            problems.add(new FieldProblem("unitId", "所在单位", "未找到该单位"));
        }
    }

    private static void diffField(List<FieldChange> diff, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            diff.add(new FieldChange(label, before, after));
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    static ConflictException concurrentEdit() {
        return new ConflictException("该记录已被他人修改，请刷新页面后重试");
    }

    // --- lookups by name for imports (no scope: the caller applies its own) ---------------------------

    /** Active organizations with exactly this name (several when the name is ambiguous). */
    @ForModules
    public List<OrgUnitRef> activeByName(String name) {
        return name == null || name.isBlank() ? List.of() : store.activeByName(name.strip());
    }
}
