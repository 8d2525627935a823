package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.dangjian.demo.DistrictPlan.Family;
import cn.dangjian.demo.DistrictPlan.OrgPlan;
import cn.dangjian.demo.DistrictPlan.Planned;
import cn.dangjian.demo.DistrictPlan.UnitPlan;
import cn.dangjian.demo.FamilyStaffing.Placed;
import cn.dangjian.demo.FamilyStaffing.PlannedTerm;
import cn.dangjian.demo.FamilyStaffing.Staffed;
import cn.dangjian.demo.FamilyStaffing.StaffedBranch;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.Members;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.Committees;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.org.TermFormation;
import cn.dangjian.org.UnitView;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import org.springframework.stereotype.Component;

/**
 * Writes a planned district through the org and member facades: the 工委, units and organizations one
 * by one, members in COPY batches of about {@value #BATCH}, then each organization's committee term
 * once its members have ids. Only a batch of members is held in memory at a time.
 */
@Component
class DistrictWriter {

    static final int BATCH = 5_000;

    private final OrgUnits orgs;
    private final Committees committees;
    private final Units units;
    private final Members members;
    private final Clock clock;

    DistrictWriter(OrgUnits orgs, Committees committees, Units units, Members members, Clock clock) {
        this.orgs = orgs;
        this.committees = committees;
        this.units = units;
        this.members = members;
        this.clock = clock;
    }

    /** A member the demo accounts point at. */
    record Someone(long id, String name) {
    }

    /** What was written: ids of the root and of the organizations the demo accounts use. */
    record Written(long rootId, String rootName, int orgs, int members, List<DemoIrregularity> irregularities,
                   long committeeId, String committeeName, long branchId, String branchName, Someone secretary,
                   Someone ordinaryMember) {
    }

    Written write(DistrictPlan plan, Long parentId, int sortOrder, DemoProgress progress) {
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now(clock);
        long rootId = orgs.create(system, new NewOrgUnit(parentId, OrgType.WORK_COMMITTEE, plan.rootName(), null,
                LocalDate.of(1984, 7, 1), sortOrder));
        progress.orgCreated();
        List<Long> unitIds = new ArrayList<>();
        for (UnitPlan unit : plan.units()) {
            unitIds.add(units.byName(unit.name()).map(UnitView::id)
                    .orElseGet(() -> units.create(system, unit.name(), unit.category())));
        }
        Map<Integer, Long> ids = new HashMap<>();
        ids.put(DistrictPlan.ROOT_KEY, rootId);
        Map<Integer, String> names = new HashMap<>();
        int sort = 0;
        for (Family family : plan.families()) {
            for (OrgPlan org : family.orgs()) {
                Long unitId = org.type() == OrgType.JOINT_BRANCH ? null : unitIds.get(org.unitIndex());
                ids.put(org.key(), orgs.create(system, new NewOrgUnit(ids.get(org.parentKey()), org.type(), org.name(),
                        unitId, org.establishedOn(), sort++)));
                names.put(org.key(), org.name());
                progress.orgCreated();
            }
        }
        Random random = new Random(plan.spec().seed() + 1);
        FamilyStaffing staffing = new FamilyStaffing(new PersonGenerator(random, today, plan.spec().regionCode()),
                random, today, plan.units());
        Accounts accounts = new Accounts(plan.accountBranchKey());
        List<Staffed> pending = new ArrayList<>();
        int pendingMembers = 0;
        int loaded = 0;
        for (Family family : plan.families()) {
            Staffed staffed = staffing.staff(family);
            pending.add(staffed);
            pendingMembers += staffed.members();
            if (pendingMembers >= BATCH) {
                loaded += flush(pending, ids, unitIds, accounts, progress);
                pending.clear();
                pendingMembers = 0;
            }
        }
        loaded += flush(pending, ids, unitIds, accounts, progress);
        List<DemoIrregularity> irregularities = new ArrayList<>();
        for (Planned p : plan.irregularities()) {
            boolean unit = p.kind() == DemoIrregularity.Kind.UNIT_WITHOUT_BRANCH;
            irregularities.add(new DemoIrregularity(p.kind(), p.kind().rule(),
                    unit ? unitIds.get(p.unitIndex()) : ids.get(p.orgKey()),
                    unit ? plan.units().get(p.unitIndex()).name() : names.get(p.orgKey()), p.description()));
        }
        int committeeKey = plan.accountCommitteeKey();
        int branchKey = plan.accountBranchKey();
        return new Written(rootId, plan.rootName(), plan.orgCount(), loaded, List.copyOf(irregularities),
                committeeKey < 0 ? rootId : ids.get(committeeKey), committeeKey < 0 ? null : names.get(committeeKey),
                branchKey < 0 ? rootId : ids.get(branchKey), branchKey < 0 ? null : names.get(branchKey),
                accounts.secretary, accounts.ordinary);
    }

    /** Loads the members of the pending families, then records their committees. */
    private int flush(List<Staffed> pending, Map<Integer, Long> ids, List<Long> unitIds, Accounts accounts,
                      DemoProgress progress) {
        if (pending.isEmpty()) {
            return 0;
        }
        AccessScope system = AccessScope.system();
        List<MemberForm> forms = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        for (Staffed staffed : pending) {
            for (StaffedBranch branch : staffed.branches()) {
                long branchId = ids.get(branch.branch().key());
                List<Long> groups = groupIds(branch.branch(), ids);
                for (Placed placed : branch.people()) {
                    forms.add(form(placed, branchId, unitIds.get(placed.unitIndex()),
                            placed.group() == 0 ? null : groups.get(placed.group() - 1)));
                }
                accounts.consider(branch, staffed.terms());
            }
            staffed.terms().forEach(t -> t.posts().forEach(p -> wanted.add(p.citizenId())));
        }
        accounts.wanted(wanted);
        members.bulkLoad(system, forms.iterator());
        progress.membersLoaded(forms.size());
        Map<String, Someone> found = new HashMap<>();
        for (Staffed staffed : pending) {
            for (StaffedBranch branch : staffed.branches()) {
                collect(ids.get(branch.branch().key()), wanted, found);
            }
        }
        for (Staffed staffed : pending) {
            for (PlannedTerm term : staffed.terms()) {
                List<NewTerm.Assignment> posts = term.posts().stream()
                        .map(p -> new NewTerm.Assignment(p.post(), found.get(p.citizenId()).id())).toList();
                committees.recordTerm(system, ids.get(term.orgKey()), new NewTerm(term.termNumber(), term.startedOn(),
                        term.dueEndOn(), TermFormation.ELECTED, posts));
            }
        }
        accounts.resolve(found);
        return forms.size();
    }

    private void collect(long branchId, Set<String> wanted, Map<String, Someone> found) {
        AccessScope system = AccessScope.system();
        int page = 1;
        PageResult<MemberRow> rows;
        do {
            rows = members.list(system, MemberQuery.ofOrg(branchId), new PageRequest(page++, PageRequest.MAX_SIZE));
            for (MemberRow row : rows.items()) {
                if (wanted.contains(row.citizenId())) {
                    found.put(row.citizenId(), new Someone(row.id(), row.name()));
                }
            }
        } while (rows.hasNext());
    }

    private static List<Long> groupIds(OrgPlan branch, Map<Integer, Long> ids) {
        List<Long> groups = new ArrayList<>();
        for (int g = 1; g <= branch.groups(); g++) {
            groups.add(ids.get(branch.key() + g));
        }
        return groups;
    }

    private static MemberForm form(Placed placed, long branchId, long unitId, Long groupId) {
        Person p = placed.person();
        return new MemberForm(p.name(), p.gender(), p.ethnicity(), p.birthDate(), p.citizenId(), p.nativePlace(),
                p.education(), p.degree(), p.occupation(), unitId, p.position(), p.phone(), p.appliedOn(),
                p.joinedOn(), p.confirmedOn(), p.kind(), branchId, groupId, p.leadingCadre(), p.mobile(),
                p.lostContact());
    }

    /** Picks, in the account branch, its secretary and an ordinary member for the demo accounts. */
    private static final class Accounts {

        private final int branchKey;
        private String secretaryId;
        private String ordinaryId;
        private Someone secretary;
        private Someone ordinary;

        Accounts(int branchKey) {
            this.branchKey = branchKey;
        }

        void consider(StaffedBranch branch, List<PlannedTerm> terms) {
            if (branch.branch().key() != branchKey) {
                return;
            }
            Set<String> holders = new HashSet<>();
            terms.forEach(t -> t.posts().forEach(p -> holders.add(p.citizenId())));
            terms.stream().filter(t -> t.orgKey() == branchKey).flatMap(t -> t.posts().stream())
                    .filter(p -> p.post() == CommitteePost.SECRETARY).findFirst()
                    .ifPresent(p -> secretaryId = p.citizenId());
            branch.people().stream().map(Placed::person)
                    .filter(p -> p.full() && !p.leadingCadre() && !p.mobile() && !p.lostContact()
                            && !holders.contains(p.citizenId()))
                    .findFirst().ifPresent(p -> ordinaryId = p.citizenId());
        }

        void wanted(Set<String> wanted) {
            if (secretaryId != null) {
                wanted.add(secretaryId);
            }
            if (ordinaryId != null) {
                wanted.add(ordinaryId);
            }
        }

        void resolve(Map<String, Someone> found) {
            if (secretary == null && secretaryId != null) {
                secretary = found.get(secretaryId);
            }
            if (ordinary == null && ordinaryId != null) {
                ordinary = found.get(ordinaryId);
            }
        }
    }
}
