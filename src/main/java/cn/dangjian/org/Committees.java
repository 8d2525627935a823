package cn.dangjian.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.org.internal.OrgUnitStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.Counts;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's committees (支委会、党委) term by term: the current one and the history, recording a new
 * term (换届) with its posts, and the current committees of many organizations for checks over whole batches.
 */
@Service
@Transactional(readOnly = true)
public class Committees {

    /** A committee's term number: 第1届 onwards; no organization reaches the thousandth. */
    static final int MAX_TERM_NUMBER = 1_000;

    private final OrgUnitStore store;
    private final OrgUnits orgs;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Committees(OrgUnitStore store, OrgUnits orgs, MemberDirectory members, ApplicationEventPublisher events,
               Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The current committee (the term not yet ended, with its posts) of each organization in {@code orgIds} that
     * has one, in two statements. Not scoped, like {@link OrgUnits#refs}: for checks over whole batches of organizations.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, CommitteeView> currentOf(Collection<Long> orgIds) {
        Map<Long, CommitteeView> committees = new HashMap<>();
        store.currentTerms(orgIds).forEach(t -> committees.put(t.orgId(), t));
        return committees;
    }

    public Optional<CommitteeView> current(AccessScope scope, long orgId) {
        return history(scope, orgId).stream().filter(t -> t.endedOn() == null).findFirst();
    }

    public List<CommitteeView> history(AccessScope scope, long orgId) {
        scope.require(Permission.ORG_VIEW);
        orgs.structureInScope(scope, orgId);
        return store.terms(orgId);
    }

    /** Records a new term (换届): the current term ends the day before the new one starts. */
    @Transactional
    public long recordTerm(AccessScope scope, long orgId, NewTerm term) {
        scope.require(Permission.ORG_EDIT);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<FieldProblem> problems = new ArrayList<>();
        List<CommitteeView> history = store.terms(orgId);
        if (term.startedOn() == null) {
            problems.add(new FieldProblem("startedOn", "任期开始日期", "不能为空"));
        } else if (term.startedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("startedOn", "任期开始日期", "不能晚于今天"));
        }
        if (term.dueEndOn() == null) {
            problems.add(new FieldProblem("dueEndOn", "任期届满日期", "不能为空"));
        } else if (term.startedOn() != null && !term.dueEndOn().isAfter(term.startedOn())) {
            problems.add(new FieldProblem("dueEndOn", "任期届满日期", "应晚于任期开始日期"));
        }
        DateKind.PARTY_EVENT.check("startedOn", "任期开始日期", term.startedOn(), problems);
        DateKind.PARTY_EVENT.check("dueEndOn", "任期届满日期", term.dueEndOn(), problems);
        Counts.within("termNumber", "届次", term.termNumber(), MAX_TERM_NUMBER, "届次上限", problems);
        int lastNumber = history.stream().mapToInt(CommitteeView::termNumber).max().orElse(0);
        if (term.termNumber() <= lastNumber) {
            problems.add(new FieldProblem("termNumber", "届次", "应大于上一届（第" + lastNumber + "届）"));
        }
        if (!history.isEmpty() && term.startedOn() != null && !term.startedOn().isAfter(history.get(0).startedOn())) {
            problems.add(new FieldProblem("startedOn", "任期开始日期", "应晚于上一届的开始日期"));
        }
        long secretaries = term.posts().stream().filter(p -> p.post() == CommitteePost.SECRETARY).count();
        if (secretaries != 1) {
            problems.add(new FieldProblem("posts", "书记", "每届应有且只有一名书记，当前为" + secretaries + "名"));
        }
        Set<String> seen = new HashSet<>();
        List<String> holderNames = new ArrayList<>();
        for (NewTerm.Assignment assignment : term.posts()) {
            MemberDirectory.MemberCard card = members.card(assignment.memberId()).orElse(null);
            String label = assignment.post().label();
            if (assignment.post() == CommitteePost.DISCIPLINE_SECRETARY && org.type() != OrgType.PARTY_COMMITTEE) {
                problems.add(new FieldProblem("posts", label, "只有机关党委设立机关纪委（JG-05），"
                        + org.type().label() + "设纪检委员"));
            }
            if (card == null) {
                problems.add(new FieldProblem("posts", label, "未找到该党员"));
                holderNames.add(null);
                continue;
            }
            holderNames.add(card.name());
            OrgUnitRef memberOrg = store.ref(card.orgId()).orElse(null);
            if (memberOrg == null || !memberOrg.path().startsWith(org.path())) {
                problems.add(new FieldProblem("posts", label, card.name() + "的组织关系不在本组织"));
            }
            if (term.formation() == TermFormation.ELECTED && !card.fullMember()) {
                problems.add(new FieldProblem("posts", label, card.name() + "是预备党员，没有被选举权（XJ-03，《基层组织选举工作条例》第五条）"));
            }
            if (!seen.add(assignment.post().name() + "#" + card.id())) {
                problems.add(new FieldProblem("posts", label, card.name() + "重复列入同一职务"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!history.isEmpty() && history.get(0).endedOn() == null) {
            store.endCurrentTerm(orgId, term.startedOn().minusDays(1));
        }
        TermFormation formation = term.formation() == null ? TermFormation.ELECTED : term.formation();
        long termId = store.insertTerm(orgId, term.termNumber(), term.startedOn(), term.dueEndOn(), formation);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("届次", null, "第" + term.termNumber() + "届"));
        changes.add(new FieldChange("任期", null, term.startedOn() + " 至 " + term.dueEndOn()));
        for (int i = 0; i < term.posts().size(); i++) {
            NewTerm.Assignment assignment = term.posts().get(i);
            store.insertPost(termId, assignment.post(), assignment.memberId(), holderNames.get(i), i);
            changes.add(new FieldChange(assignment.post().label(), null, holderNames.get(i)));
        }
        events.publishEvent(new CommitteeTermRecorded(scope.username(), orgId, term.termNumber(), changes));
        return termId;
    }
}
