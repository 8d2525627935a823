package cn.dangjian.life;

import java.util.List;

/**
 * Which talks ZB-15 still expects this year (《中国共产党支部工作条例（试行）》: 支部委员之间、支委和党员之间、
 * 党员和党员之间，每年谈心谈话一般不少于1次). Read as: every pair of committee members; every ordinary member with
 * at least one committee member; every ordinary member with at least one other ordinary member.
 */
public record TalkCoverage(long orgId, int year, int talks, List<Pair> committeePairsMissing,
                           List<Person> membersWithoutCommitteeTalk, List<Person> membersWithoutMemberTalk) {

    public boolean complete() {
        return committeePairsMissing.isEmpty() && membersWithoutCommitteeTalk.isEmpty()
                && membersWithoutMemberTalk.isEmpty();
    }

    public record Person(long memberId, String name) {
    }

    public record Pair(Person first, Person second) {
    }
}
