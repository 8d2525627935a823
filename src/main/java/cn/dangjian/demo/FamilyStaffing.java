package cn.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.dangjian.demo.DistrictPlan.CommitteeStyle;
import cn.dangjian.demo.DistrictPlan.Family;
import cn.dangjian.demo.DistrictPlan.OrgPlan;
import cn.dangjian.demo.DistrictPlan.Slice;
import cn.dangjian.demo.DistrictPlan.UnitPlan;
import cn.dangjian.member.MemberKind;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.UnitCategory;

/**
 * Fills one family of organizations with people: generates each branch's members, makes the oldest
 * full members of the unit its 局领导, spreads members over 党小组, and chooses every committee —
 * 书记 of a 机关党委/党总支 is the unit's head (JG-04), a single branch's 书记 likewise, and a branch with
 * 7 or more full members gets a 支委会 of 3–5 with a 纪检委员 (ZB-17, JG-03, JG-05). Pure.
 */
final class FamilyStaffing {

    /** One member placed in a branch: the unit they work in and their 党小组 (0 = none, else 1-based). */
    record Placed(Person person, int unitIndex, int group) {
    }

    record StaffedBranch(OrgPlan branch, List<Placed> people) {
    }

    record Post(CommitteePost post, String citizenId) {
    }

    record PlannedTerm(int orgKey, int termNumber, LocalDate startedOn, LocalDate dueEndOn, List<Post> posts) {
    }

    record Staffed(List<StaffedBranch> branches, List<PlannedTerm> terms) {

        int members() {
            return branches.stream().mapToInt(b -> b.people().size()).sum();
        }
    }

    private static final CommitteePost[] BRANCH_POSTS = {CommitteePost.SECRETARY, CommitteePost.ORGANIZATION_MEMBER,
            CommitteePost.DISCIPLINE_MEMBER, CommitteePost.PUBLICITY_MEMBER, CommitteePost.DEPUTY_SECRETARY};
    private static final CommitteePost[] COMMITTEE_POSTS = {CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY,
            CommitteePost.DISCIPLINE_MEMBER, CommitteePost.ORGANIZATION_MEMBER, CommitteePost.PUBLICITY_MEMBER,
            CommitteePost.MEMBER, CommitteePost.MEMBER};

    private final PersonGenerator people;
    private final Random random;
    private final LocalDate today;
    private final List<UnitPlan> units;

    FamilyStaffing(PersonGenerator people, Random random, LocalDate today, List<UnitPlan> units) {
        this.people = people;
        this.random = random;
        this.today = today;
        this.units = units;
    }

    Staffed staff(Family family) {
        OrgPlan top = family.orgs().get(0);
        boolean jointBranch = top.type() == OrgType.JOINT_BRANCH;
        List<StaffedBranch> branches = new ArrayList<>();
        Map<Integer, List<Person>> byBranch = new HashMap<>();
        for (OrgPlan org : family.orgs()) {
            if (org.type().isBranch()) {
                List<Person> generated = new ArrayList<>();
                List<Integer> unitOf = new ArrayList<>();
                for (Slice slice : org.slices()) {
                    boolean institution = units.get(slice.unitIndex()).category() == UnitCategory.PUBLIC_INSTITUTION;
                    for (int i = 0; i < slice.members(); i++) {
                        MemberKind kind = slice.fullMembers() < 0
                                ? (random.nextDouble() < PersonGenerator.PROBATIONARY_SHARE ? MemberKind.PROBATIONARY : MemberKind.FULL)
                                : i < slice.fullMembers() ? MemberKind.FULL : MemberKind.PROBATIONARY;
                        generated.add(people.next(kind, institution));
                        unitOf.add(slice.unitIndex());
                    }
                }
                byBranch.put(org.key(), generated);
                branches.add(new StaffedBranch(org, placeholder(unitOf)));
            }
        }
        List<String> leaders = jointBranch ? List.of() : appointLeaders(top, byBranch.get(family.orgs().stream()
                .filter(o -> o.type().isBranch()).findFirst().orElseThrow().key()));
        Set<String> holders = new LinkedHashSet<>();
        List<PlannedTerm> terms = new ArrayList<>();
        String head = leaders.isEmpty() ? null : leaders.get(0);
        if (!top.type().isBranch()) {
            List<String> candidates = new ArrayList<>(leaders);
            for (StaffedBranch b : branches) {
                seniority(byBranch.get(b.branch().key())).stream().filter(id -> !candidates.contains(id))
                        .findFirst().ifPresent(candidates::add);
            }
            int size = top.type() == OrgType.PARTY_COMMITTEE ? 5 + random.nextInt(3) : 5;
            terms.add(term(top, candidates, COMMITTEE_POSTS, size));
            holders.addAll(candidates.subList(0, Math.min(size, candidates.size())));
        }
        for (StaffedBranch b : branches) {
            List<Person> roster = byBranch.get(b.branch().key());
            List<String> senior = seniority(roster);
            if (!top.type().isBranch() && head != null) {
                senior.remove(head);
            }
            long full = roster.stream().filter(Person::full).count();
            int size = b.branch().style() == CommitteeStyle.SECRETARY_ONLY || full < 7 ? 1
                    : full < 15 ? 3 : full < 30 ? 4 : 4 + random.nextInt(2);
            terms.add(term(b.branch(), senior, BRANCH_POSTS, size));
            holders.addAll(senior.subList(0, Math.min(size, senior.size())));
        }
        List<StaffedBranch> result = new ArrayList<>();
        for (StaffedBranch b : branches) {
            List<Person> roster = byBranch.get(b.branch().key());
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < roster.size(); i++) {
                Person p = roster.get(i);
                int group = b.branch().groups() == 0 ? 0 : 1 + i % b.branch().groups();
                placed.add(new Placed(holders.contains(p.citizenId()) ? p.present() : p, b.people().get(i).unitIndex(),
                        group));
            }
            result.add(new StaffedBranch(b.branch(), placed));
        }
        return new Staffed(result, terms);
    }

    /** The oldest full members of the unit's first branch become its head and deputies (局领导). */
    private List<String> appointLeaders(OrgPlan top, List<Person> roster) {
        UnitPlan unit = units.get(top.unitIndex());
        int deputies = unit.members() >= 100 ? 4 : unit.members() >= 50 ? 3 : unit.members() >= 20 ? 2
                : unit.members() >= 7 ? 1 : 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            if (roster.get(i).full()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> roster.get(i).birthDate()));
        List<String> leaders = new ArrayList<>();
        for (int n = 0; n < Math.min(order.size(), deputies + 1); n++) {
            int i = order.get(n);
            String title = n == 0 ? UnitCatalog.headTitle(unit.name()) : UnitCatalog.deputyTitle(unit.name());
            roster.set(i, roster.get(i).asLeader(title));
            leaders.add(roster.get(i).citizenId());
        }
        return leaders;
    }

    /** Full members, 局领导 first (head before deputies), then the rest from oldest to youngest. */
    private static List<String> seniority(List<Person> roster) {
        List<Person> full = new ArrayList<>(roster.stream().filter(Person::full).toList());
        full.sort(Comparator.comparing((Person p) -> !p.leadingCadre())
                .thenComparing(p -> p.position().endsWith("长") && !p.position().startsWith("副") ? 0 : 1)
                .thenComparing(Person::birthDate));
        return new ArrayList<>(full.stream().map(Person::citizenId).toList());
    }

    private PlannedTerm term(OrgPlan org, List<String> candidates, CommitteePost[] posts, int size) {
        int years = org.type() == OrgType.PARTY_COMMITTEE ? 5 : 3;
        LocalDate started = org.style() == CommitteeStyle.EXPIRED
                ? today.minusYears(4).minusDays(100 + random.nextInt(200))
                : today.minusDays(20 + random.nextInt(years * 365 - 60));
        List<Post> assigned = new ArrayList<>();
        for (int i = 0; i < Math.min(size, candidates.size()); i++) {
            assigned.add(new Post(posts[i], candidates.get(i)));
        }
        if (org.type() == OrgType.PARTY_COMMITTEE) {
            // JG-05: the 机关党委 sets up a 机关纪委, led by one of its 副书记
            assigned.stream().filter(p -> p.post() == CommitteePost.DEPUTY_SECRETARY).findFirst()
                    .ifPresent(deputy -> assigned.add(new Post(CommitteePost.DISCIPLINE_SECRETARY, deputy.citizenId())));
        }
        return new PlannedTerm(org.key(), 2 + random.nextInt(6), started, started.plusYears(years), assigned);
    }

    private static List<Placed> placeholder(List<Integer> unitOf) {
        return unitOf.stream().map(u -> new Placed(null, u, 0)).toList();
    }
}
