package cn.dangjian.life;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.life.internal.TalkStore;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.Members;
import cn.dangjian.member.RollMember;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 谈心谈话 (ZB-15): recording talks and seeing which of the expected talks have not happened this year. */
@Service
@Transactional(readOnly = true)
public class Talks {

    private final TalkStore store;
    private final OrgUnits orgs;
    private final Committees committees;
    private final Members members;
    private final MemberQueries memberQueries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Talks(TalkStore store, OrgUnits orgs, Committees committees, Members members, MemberQueries memberQueries,
          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.committees = committees;
        this.members = members;
        this.memberQueries = memberQueries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(AccessScope scope, RecordTalk talk) {
        scope.require(Permission.LIFE_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, talk.orgId());
        Map<Long, String> roster = new LinkedHashMap<>();
        members.roster(scope, org.id()).forEach(r -> roster.put(r.id(), r.name()));
        List<FieldProblem> problems = new ArrayList<>();
        if (talk.talkedOn() == null) {
            problems.add(new FieldProblem("talkedOn", "谈话日期", "不能为空"));
        } else if (talk.talkedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("talkedOn", "谈话日期", "不能晚于今天"));
        }
        if (!roster.containsKey(talk.initiatorId())) {
            problems.add(new FieldProblem("initiatorId", "谈话人", "应为本支部党员"));
        }
        if (!roster.containsKey(talk.partnerId())) {
            problems.add(new FieldProblem("partnerId", "谈话对象", "应为本支部党员"));
        } else if (talk.partnerId() == talk.initiatorId()) {
            problems.add(new FieldProblem("partnerId", "谈话对象", "不能与谈话人是同一人"));
        }
        DateKind.PARTY_EVENT.check("talkedOn", "谈话日期", talk.talkedOn(), problems);
        String topic = TextKind.TITLE.required("topic", "谈话主题", talk.topic(), problems);
        String followUp = TextKind.LONG_TEXT.optional("followUp", "后续跟进", talk.followUp(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(org.id(), org.path(), talk.talkedOn(), talk.initiatorId(), roster.get(talk.initiatorId()),
                talk.partnerId(), roster.get(talk.partnerId()), topic, followUp, scope.username());
        events.publishEvent(new TalkRecorded(scope.username(), id, org.id(), List.of(
                new AuditedChange.FieldChange("谈话双方", null, roster.get(talk.initiatorId()) + "、" + roster.get(talk.partnerId())),
                new AuditedChange.FieldChange("谈话日期", null, talk.talkedOn().toString()),
                new AuditedChange.FieldChange("主题", null, topic))));
        return id;
    }

    /**
     * The talks of the organization in {@code year}; for a 仅本人 caller only the talks they took part in
     * (docs/decisions/0004-record-level-visibility.md).
     */
    public List<TalkView> list(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        if (scope.ownRecordsOnly()) {
            orgs.structureInScope(scope, orgId);
            Long me = scope.memberId();
            return store.ofOrg(orgId, year).stream()
                    .filter(t -> me != null && (t.initiatorId() == me || t.partnerId() == me)).toList();
        }
        orgs.refInScope(scope, orgId);
        return store.ofOrg(orgId, year);
    }

    /** The talks ZB-15 still expects in {@code year}, from the roster, the committee and the recorded talks. */
    public TalkCoverage coverage(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        orgs.refInScope(scope, orgId);
        List<TalkCoverage.Person> roster = members.roster(scope, orgId).stream()
                .map(r -> new TalkCoverage.Person(r.id(), r.name())).toList();
        Set<Long> committee = new HashSet<>();
        committees.current(scope, orgId).ifPresent(c -> c.posts().stream()
                .map(CommitteeView.PostHolder::memberId).forEach(committee::add));
        return new TalkRoll(orgId, year, roster, committee, store.ofOrg(orgId, year)).coverage(1);
    }

    /**
     * What ZB-15's coverage of {@code year} is computed from, for each organization in {@code orgIds}: roll,
     * current committee and the year's talks, in four statements however many organizations. Not scoped, like
     * {@link OrgUnits#refs}: for compliance, which checks whole batches and scopes its own views.
     */
    @ForModules
    public Map<Long, TalkRoll> rolls(Collection<Long> orgIds, int year) {
        Map<Long, List<RollMember>> rolls = memberQueries.rolls(orgIds);
        Map<Long, CommitteeView> current = committees.currentOf(orgIds);
        Map<Long, List<TalkView>> talks = new HashMap<>();
        store.ofOrgs(orgIds, year).forEach(t -> talks.computeIfAbsent(t.orgId(), k -> new ArrayList<>()).add(t));
        Map<Long, TalkRoll> result = new HashMap<>();
        for (Long orgId : orgIds) {
            Set<Long> committee = new HashSet<>();
            CommitteeView c = current.get(orgId);
            if (c != null) {
                c.posts().forEach(p -> committee.add(p.memberId()));
            }
            result.put(orgId, new TalkRoll(orgId, year, rolls.getOrDefault(orgId, List.of()).stream()
                    .map(m -> new TalkCoverage.Person(m.id(), m.name())).toList(), committee,
                    talks.getOrDefault(orgId, List.of())));
        }
        return result;
    }
}
