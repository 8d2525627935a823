package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.compliance.facts.StructureFacts.MemberUnit;
import cn.dangjian.compliance.facts.StructureFacts.OwnUnit;
import cn.dangjian.member.Headcount;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.UnitHeadcount;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnitSetup;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.org.UnitOrganizations;
import org.springframework.stereotype.Component;

/**
 * Gathers {@link StructureFacts} for a batch of organizations in seven statements whatever the batch size: the
 * organizations' setups (2), their subtree head counts from the rollup (2), the units their members work in (1),
 * and those units' members per holding organization (1) and organizations (1).
 */
@Component
class StructureFactsProvider implements FactProvider<StructureFacts> {

    /** The organizations that make a unit's own Party organization: not a 联合党支部, 临时党支部, 党小组 or 工委. */
    static final Set<OrgType> OWN_ORGANIZATION_TYPES = Set.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH,
            OrgType.BRANCH);

    private final OrgUnits orgUnits;
    private final Units units;
    private final MemberQueries members;

    StructureFactsProvider(OrgUnits orgUnits, Units units, MemberQueries members) {
        this.orgUnits = orgUnits;
        this.units = units;
        this.members = members;
    }

    @Override
    public Class<StructureFacts> type() {
        return StructureFacts.class;
    }

    @Override
    public Map<Long, StructureFacts> gather(List<OrgUnitRef> orgs, LocalDate today) {
        if (orgs.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = orgs.stream().map(OrgUnitRef::id).toList();
        Map<Long, OrgUnitSetup> setups = orgUnits.setups(ids);
        Map<Long, Headcount> headcounts = members.headcounts(ids);
        Map<Long, Set<Long>> held = members.unitsHeldBy(ids);
        Set<Long> unitIds = new TreeSet<>();
        setups.values().forEach(s -> {
            if (s.unitId() != null) {
                unitIds.add(s.unitId());
            }
            unitIds.addAll(s.coveredUnitIds());
        });
        held.values().forEach(unitIds::addAll);
        Map<Long, UnitHeadcount> unitCounts = members.unitHeadcounts(unitIds);
        Map<Long, UnitOrganizations> unitOrgs = units.organizations(unitIds);

        Map<Long, StructureFacts> facts = new HashMap<>();
        for (OrgUnitRef org : orgs) {
            OrgUnitSetup setup = setups.get(org.id());
            if (setup == null) {
                continue;
            }
            Headcount headcount = headcounts.get(org.id());
            MemberCount subtree = headcount == null ? MemberCount.NONE
                    : new MemberCount(headcount.full(), headcount.probationary());
            MemberCount own = headcount == null ? MemberCount.NONE
                    : new MemberCount(headcount.ownFull(), headcount.ownProbationary());
            OwnUnit unit = setup.unitId() == null ? null
                    : ownUnit(org, unitOrgs.get(setup.unitId()), unitCounts.get(setup.unitId()));
            List<MemberUnit> memberUnits = new ArrayList<>();
            for (Long unitId : held.getOrDefault(org.id(), Set.of())) {
                memberUnits.add(memberUnit(org, unitOrgs.get(unitId), unitCounts.get(unitId)));
            }
            List<String> covered = org.type() == OrgType.JOINT_BRANCH
                    ? coveredUnits(setup, memberUnits, unitOrgs) : List.of();
            facts.put(org.id(), new StructureFacts(subtree, own, setup.activeChildren(), unit, memberUnits, covered,
                    setup.formApproval()));
        }
        return facts;
    }

    private static OwnUnit ownUnit(OrgUnitRef org, UnitOrganizations unit, UnitHeadcount count) {
        List<OrgUnitRef> own = unit.organizations().stream().filter(o -> OWN_ORGANIZATION_TYPES.contains(o.type()))
                .toList();
        boolean top = !own.isEmpty() && own.get(0).id() == org.id();
        return new OwnUnit(unit.unit().id(), unit.unit().name(), count(count), top, own.size());
    }

    private static MemberUnit memberUnit(OrgUnitRef org, UnitOrganizations unit, UnitHeadcount count) {
        UnitHeadcount.Holder here = count.holders().stream().filter(h -> h.orgId() == org.id()).findFirst()
                .orElse(new UnitHeadcount.Holder(org.id(), 0, 0));
        long main = count.holders().stream()
                .max(Comparator.comparingLong(UnitHeadcount.Holder::full)
                        .thenComparingLong(UnitHeadcount.Holder::total)
                        .thenComparing(Comparator.comparingLong(UnitHeadcount.Holder::orgId).reversed()))
                .map(UnitHeadcount.Holder::orgId).orElse(-1L);
        boolean hasOwn = unit.organizations().stream().anyMatch(o -> OWN_ORGANIZATION_TYPES.contains(o.type()));
        return new MemberUnit(unit.unit().id(), unit.unit().name(), new MemberCount(here.full(), here.probationary()),
                count(count), hasOwn, main == org.id());
    }

    private static List<String> coveredUnits(OrgUnitSetup setup, List<MemberUnit> memberUnits,
                                             Map<Long, UnitOrganizations> unitOrgs) {
        Set<Long> ids = new LinkedHashSet<>();
        if (setup.unitId() != null) {
            ids.add(setup.unitId());
        }
        ids.addAll(setup.coveredUnitIds());
        memberUnits.forEach(u -> ids.add(u.id()));
        return ids.stream().map(unitOrgs::get).filter(java.util.Objects::nonNull).map(u -> u.unit().name()).toList();
    }

    private static MemberCount count(UnitHeadcount count) {
        return count == null ? MemberCount.NONE : new MemberCount(count.full(), count.probationary());
    }
}
