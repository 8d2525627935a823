package cn.dangjian.life;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.life.internal.MeetingStore;
import cn.dangjian.life.schedule.HeldMeeting;
import cn.dangjian.life.schedule.OrgScheduleFacts;
import cn.dangjian.life.schedule.PartyGroupFacts;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.life.schedule.ScheduleEvaluator;
import cn.dangjian.life.schedule.ScheduleParameters;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgLifespan;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a branch owes: the meeting rules and 补录 window in force for it (parameters, not constants) and its plan
 * of the year — due, done, overdue — derived from the meetings it recorded, for one branch (the plan page) or a
 * whole batch in a fixed number of queries (the compliance engine).
 */
@Service
@Transactional(readOnly = true)
public class MeetingPlans {

    private final MeetingStore store;
    private final OrgUnits orgs;
    private final Committees committees;
    private final Clock clock;
    private final RuleParameters ruleParameters;
    private final LifeParameters lifeParameters;

    MeetingPlans(MeetingStore store, OrgUnits orgs, Committees committees, Clock clock, RuleParameters ruleParameters,
                 LifeParameters lifeParameters) {
        this.store = store;
        this.orgs = orgs;
        this.committees = committees;
        this.clock = clock;
        this.ruleParameters = ruleParameters;
        this.lifeParameters = lifeParameters;
    }

    /** The key of the parameter that sets how often {@code type} is due (for rules that cite the values they used). */
    public static String frequencyParameter(MeetingType type) {
        return LifeParameters.frequencyKey(type);
    }

    /**
     * The meeting rules and 补录 window in force for an organization on a day: the catalogue's defaults as set
     * for the platform and overridden by the organization or its nearest ancestor ({@link RuleParameters}).
     */
    @ForModules
    public ScheduleParameters parameters(String orgPath, LocalDate date) {
        return lifeParameters.schedule(ruleParameters.valuesFor(orgPath, date));
    }

    /** What the branch owes this year, period by period, derived from the meetings it recorded. */
    public Schedule plan(AccessScope scope, long orgId, int year) {
        return planAsOf(scope, orgId, year, LocalDate.now(clock));
    }

    /** The plan as it stood on {@code today} (the compliance engine's daily pass and its time-travel tests). */
    public Schedule planAsOf(AccessScope scope, long orgId, int year, LocalDate today) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return plansAsOf(List.of(org), year, today).get(orgId);
    }

    /**
     * The plans of many organizations as they stood on {@code today}, in a fixed number of queries whatever their
     * number. Not scoped: for the compliance engine, which evaluates whole trees; pages use {@link #plan}.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, Schedule> plansAsOf(List<OrgUnitRef> refs, int year, LocalDate today) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        refs.forEach(r -> ids.add(r.id()));
        Map<Long, OrgLifespan> lifespans = new HashMap<>();
        Map<Long, List<PartyGroupFacts>> groups = new HashMap<>();
        for (OrgLifespan l : orgs.lifespansWithPartyGroups(ids)) {
            if (ids.contains(l.id())) {
                lifespans.put(l.id(), l);
            }
            if (l.type() == OrgType.PARTY_GROUP && l.parentId() != null && ids.contains(l.parentId())) {
                groups.computeIfAbsent(l.parentId(), k -> new ArrayList<>())
                        .add(new PartyGroupFacts(l.id(), l.name(), l.establishedOn()));
            }
        }
        Map<Long, CommitteeView> current = committees.currentOf(ids);
        Map<Long, List<HeldMeeting>> held = store.held(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LocalDate asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        RuleParameters.ParameterResolver resolver = ruleParameters.resolver(asOf);
        Map<Long, Schedule> plans = new HashMap<>();
        for (OrgUnitRef ref : refs) {
            OrgLifespan life = lifespans.get(ref.id());
            if (life == null) {
                continue;
            }
            OrgScheduleFacts facts = new OrgScheduleFacts(ref.id(), life.type(), life.establishedOn(), life.dissolvedOn(),
                    hasCommittee(current.get(ref.id())), groups.getOrDefault(ref.id(), List.of()),
                    held.getOrDefault(ref.id(), List.of()));
            plans.put(ref.id(), ScheduleEvaluator.evaluate(facts,
                    lifeParameters.schedule(resolver.valuesFor(ref.path())), year, today));
        }
        return plans;
    }

    /** A 支委会 exists when the current term has at least three distinct post holders (ZB-17). */
    static boolean hasCommittee(CommitteeView committee) {
        return committee != null && committee.posts().stream()
                .map(CommitteeView.PostHolder::memberId).distinct().count() >= 3;
    }
}
