package cn.dangjian.responsibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.DutyListDocument;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.responsibility.internal.DutyStatuses;
import cn.dangjian.responsibility.internal.ListRules;
import cn.dangjian.responsibility.internal.ListStore;
import cn.dangjian.responsibility.internal.Subtrees;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 责任清单 (ZR-01/ZR-02): a 机关工委 or 机关党委 issues, once a year, the duties of each level and post below it —
 * starting from last year's list or the platform's template — and each organization sees its own duties with their
 * live status from the records ({@link DutyStatuses}); the issuer and every level above a bound organization see the
 * same down the tree, counted per organization and never ranked. A duty no platform record evidences is shown as
 * such and may be stated in a sentence; nothing asks for photos or uploads.
 * <p>
 * A list is reached through an organization in the caller's scope that it binds (issued at or above it) or that
 * issued it or lies above its issuer; anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class ResponsibilityLists {

    private static final String NOT_FOUND = "责任清单不存在";

    private final ListStore store;
    private final DutyStatuses statuses;
    private final OrgUnits orgs;
    private final Documents documents;
    private final Clock clock;

    ResponsibilityLists(ListStore store, DutyStatuses statuses, OrgUnits orgs, Documents documents, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.statuses = statuses;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The list of {@code year} that binds the organization: issued by it or the nearest organization above. */
    public Optional<ListView> binding(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return store.binding(org.path(), year).stream().findFirst().map(id -> load(id).view());
    }

    public ListView get(AccessScope scope, long listId, long orgId) {
        scope.require(Permission.DUTY_VIEW);
        return reach(scope, listId, orgId).view();
    }

    /** The list as issued, as PDF or Word (in the issuer's own format if uploaded). */
    public ResponsibilityFile document(AccessScope scope, long listId, long orgId, boolean pdf) {
        scope.require(Permission.DUTY_VIEW);
        ListStore.Stored stored = reach(scope, listId, orgId).list();
        ListView list = stored.view();
        DutyListDocument doc = new DutyListDocument(list.title(), list.issuerName(), list.issuedOn(),
                list.duties().stream().map(d -> new DutyListDocument.Row(d.level().label(), d.post().label(), d.text(),
                        d.basis(), d.cycle().label(), d.evidence() == null ? null : d.evidence().label())).toList());
        return pdf ? new ResponsibilityFile(list.title() + ".pdf", documents.pdf(DocumentTemplate.DUTY_LIST, doc.toModel()))
                : new ResponsibilityFile(list.title() + ".docx",
                documents.docxFor(DocumentTemplate.DUTY_LIST, stored.issuerPath(), doc.toModel()));
    }

    /** What a new list of {@code year} starts from: the issuer's list of the year before, else the template. */
    public List<DutyDraft> startingPoint(AccessScope scope, long issuerOrgId, int year) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = issuer(scope, issuerOrgId);
        return store.issuedBy(issuer.id(), year - 1).map(id -> load(id).view().duties().stream()
                        .map(d -> new DutyDraft(null, d.level(), d.post(), d.text(), d.basis(), d.cycle(), d.evidence()))
                        .toList())
                .orElseGet(ListRules::template);
    }

    @Transactional
    public long issue(AccessScope scope, IssueList cmd) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = issuer(scope, cmd.issuerOrgId());
        ListRules.Checked checked = ListRules.check(cmd, LocalDate.now(clock));
        return store.insert(issuer.id(), issuer.path(), cmd.year(), checked.title(), LocalDate.now(clock),
                scope.username(), checked.duties());
    }

    /** The title and duties as revised; statements on duties kept by id stay with them. */
    @Transactional
    public void revise(AccessScope scope, long listId, int version, IssueList cmd) {
        scope.require(Permission.DUTY_ASSIGN);
        ListStore.Stored list = load(listId);
        issuer(scope, list.view().issuerOrgId());
        List<Long> own = store.dutyIds(listId);
        ListRules.Checked checked = ListRules.check(new IssueList(list.view().issuerOrgId(), list.view().year(),
                cmd.title(), cmd.duties().stream()
                .map(d -> d.id() != null && !own.contains(d.id()) ? withoutId(d) : d).toList()), null);
        store.revise(listId, version, checked.title(), checked.duties());
    }

    /** The organization's duties under the list with their status from the records. */
    public OrgDuties duties(AccessScope scope, long listId, long orgId) {
        scope.require(Permission.DUTY_VIEW);
        Reached reached = reach(scope, listId, orgId);
        ListView list = reached.view();
        OrgUnitRef org = bound(reached);
        List<DutyLine> lines = statuses.of(list, List.of(org), store.statements(listId, List.of(org.id())))
                .get(org.id());
        return new OrgDuties(list, org.id(), org.name(), DutyLevel.of(org.type()), list.year(), lines);
    }

    /**
     * Every organization bound by the list in the subtree of {@code orgId} (or of the issuer, when the caller looks
     * from above it), with its duties counted by status: those with overdue duties first, then by place in the tree.
     */
    public PageResult<ListOverview.Row> overview(AccessScope scope, long listId, long orgId, boolean overdueOnly,
                                                 PageRequest page) {
        scope.require(Permission.DUTY_VIEW);
        Reached reached = reach(scope, listId, orgId);
        ListStore.Stored stored = reached.list();
        OrgUnitRef org = reached.org();
        long root = org.path().startsWith(stored.issuerPath()) ? org.id() : stored.view().issuerOrgId();
        List<OrgUnitRef> bound = Subtrees.active(orgs, root).stream().filter(o -> DutyLevel.of(o.type()) != null)
                .toList();
        Map<Long, List<DutyLine>> lines = statuses.of(stored.view(), bound,
                store.statements(listId, bound.stream().map(OrgUnitRef::id).toList()));
        List<ListOverview.Row> rows = new ArrayList<>();
        for (OrgUnitRef o : bound) {
            Map<DutyStatus, Integer> counts = new EnumMap<>(DutyStatus.class);
            lines.get(o.id()).forEach(l -> counts.merge(l.status(), 1, Integer::sum));
            if (!overdueOnly || counts.containsKey(DutyStatus.OVERDUE)) {
                rows.add(new ListOverview.Row(o.id(), o.name(), DutyLevel.of(o.type()), counts));
            }
        }
        Map<Long, String> paths = new java.util.HashMap<>();
        bound.forEach(o -> paths.put(o.id(), o.path()));
        rows.sort(Comparator.comparingInt((ListOverview.Row r) -> -r.count(DutyStatus.OVERDUE))
                .thenComparing(r -> paths.get(r.orgId())));
        int from = (int) Math.min(page.offset(), rows.size());
        return new PageResult<>(rows.subList(from, Math.min(from + page.size(), rows.size())), rows.size(),
                page.page(), page.size());
    }

    /** The organization's statement on how a duty no record evidences was carried out (replacing an earlier one). */
    @Transactional
    public void state(AccessScope scope, long listId, long dutyId, long orgId, String statement) {
        scope.require(Permission.DUTY_REPORT);
        Reached reached = reach(scope, listId, orgId);
        ListView list = reached.view();
        OrgUnitRef org = bound(reached);
        DutyView duty = list.duties().stream().filter(d -> d.id() == dutyId && d.level() == DutyLevel.of(org.type()))
                .findFirst().orElseThrow(() -> new NotFoundException("该职责不存在"));
        String text = ListRules.statement(duty, statement);
        store.state(duty.id(), org.id(), org.path(), text, scope.username(), clock.instant());
    }

    /** A list reached through an organization in the caller's scope, with that organization. */
    private record Reached(ListStore.Stored list, OrgUnitRef org) {

        ListView view() {
            return list.view();
        }
    }

    private Reached reach(AccessScope scope, long listId, long orgId) {
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        ListStore.Stored list = load(listId);
        if (!org.path().startsWith(list.issuerPath()) && !list.issuerPath().startsWith(org.path())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return new Reached(list, org);
    }

    /** The reached organization, if the list binds it: issued at or above it, for its level. */
    private static OrgUnitRef bound(Reached r) {
        if (!r.org().path().startsWith(r.list().issuerPath()) || DutyLevel.of(r.org().type()) == null) {
            throw new NotFoundException("该党组织不在本清单的范围内");
        }
        return r.org();
    }

    private OrgUnitRef issuer(AccessScope scope, long orgId) {
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        if (!DutyLevel.issues(org.type())) {
            throw new cn.dangjian.shared.InvalidInputException("issuerOrgId", "印发党组织", "责任清单由机关工委或机关党委印发");
        }
        return org;
    }

    private ListStore.Stored load(long id) {
        return store.find(id, org -> orgs.refs(List.of(org)).stream().findFirst().map(OrgUnitRef::name).orElse(""))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static DutyDraft withoutId(DutyDraft d) {
        return new DutyDraft(null, d.level(), d.post(), d.text(), d.basis(), d.cycle(), d.evidence());
    }
}
