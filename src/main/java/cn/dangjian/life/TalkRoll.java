package cn.dangjian.life;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What ZB-15's coverage is computed from for one branch and year: the roll in name order, the ids of the current
 * committee's post holders, and the talks recorded in the year. {@link #coverage(int)} is the one definition of
 * which talks are still expected, used by the 谈心谈话 page (at least 1 a year) and by compliance (with the
 * number in force for the branch).
 */
public record TalkRoll(long orgId, int year, List<TalkCoverage.Person> roster, Set<Long> committee,
                       List<TalkView> talks) {

    public TalkRoll {
        roster = List.copyOf(roster);
        committee = Set.copyOf(committee);
        talks = List.copyOf(talks);
    }

    /**
     * The talks still expected when each pair should talk {@code perYear} times: every pair of committee members;
     * every ordinary member with committee members; every ordinary member with other ordinary members (the last
     * two counted over all their talks with that group).
     */
    public TalkCoverage coverage(int perYear) {
        Map<String, Integer> pairs = new HashMap<>();
        Map<Long, int[]> byMember = new HashMap<>(); // [0] talks with committee members, [1] with ordinary members
        List<TalkCoverage.Person> committeeMembers = roster.stream().filter(p -> committee.contains(p.memberId()))
                .toList();
        List<TalkCoverage.Person> ordinary = roster.stream().filter(p -> !committee.contains(p.memberId())).toList();
        Set<Long> ordinaryIds = new java.util.HashSet<>();
        ordinary.forEach(p -> ordinaryIds.add(p.memberId()));
        for (TalkView t : talks) {
            pairs.merge(key(t.initiatorId(), t.partnerId()), 1, Integer::sum);
            count(byMember, t.initiatorId(), t.partnerId(), ordinaryIds);
            count(byMember, t.partnerId(), t.initiatorId(), ordinaryIds);
        }
        List<TalkCoverage.Pair> missing = new java.util.ArrayList<>();
        for (int i = 0; i < committeeMembers.size(); i++) {
            for (int j = i + 1; j < committeeMembers.size(); j++) {
                if (pairs.getOrDefault(key(committeeMembers.get(i).memberId(), committeeMembers.get(j).memberId()), 0)
                        < perYear) {
                    missing.add(new TalkCoverage.Pair(committeeMembers.get(i), committeeMembers.get(j)));
                }
            }
        }
        List<TalkCoverage.Person> withoutCommittee = committee.isEmpty() ? List.of() : ordinary.stream()
                .filter(p -> byMember.getOrDefault(p.memberId(), new int[2])[0] < perYear).toList();
        List<TalkCoverage.Person> withoutMember = ordinary.size() < 2 ? List.of() : ordinary.stream()
                .filter(p -> byMember.getOrDefault(p.memberId(), new int[2])[1] < perYear).toList();
        return new TalkCoverage(orgId, year, talks.size(), missing, withoutCommittee, withoutMember);
    }

    private void count(Map<Long, int[]> byMember, long member, long partner, Set<Long> ordinaryIds) {
        int[] counts = byMember.computeIfAbsent(member, k -> new int[2]);
        if (committee.contains(partner)) {
            counts[0]++;
        }
        if (ordinaryIds.contains(partner)) {
            counts[1]++;
        }
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
