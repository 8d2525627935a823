package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.CodedValue;

/**
 * An organization's current committee (班子) for the 班子与换届 rules (ZB-17, JG-04, JG-05, XJ-01, XJ-09):
 * the term not yet ended, or {@code null} when none is recorded.
 */
public record CommitteeFacts(Term current) {

    public static final CommitteeFacts NONE = new CommitteeFacts(null);

    public Optional<Term> term() {
        return Optional.ofNullable(current);
    }

    /**
     * One term (届) as recorded: its number, dates, how it came about and who holds which post.
     *
     * @param dueEndOn the day the term is due to end (任期届满日期)
     */
    public record Term(long termId, int number, LocalDate startedOn, LocalDate dueEndOn, TermFormation formation,
                       List<Post> posts) {

        private static final Set<CommitteePost> SECRETARIES = Set.of(CommitteePost.SECRETARY,
                CommitteePost.DEPUTY_SECRETARY);

        public Term {
            posts = List.copyOf(posts);
        }

        /** The people on the committee (one person may hold two posts). */
        public int size() {
            return posts.stream().map(Post::memberId).collect(Collectors.toSet()).size();
        }

        /**
         * Whether this is a 委员会 rather than a committee-less 书记 (and 副书记, ZB-17): it has a 委员 post, or three
         * or more people.
         */
        public boolean isCommittee() {
            return size() >= 3 || posts.stream().anyMatch(p -> !SECRETARIES.contains(p.post()));
        }

        public List<Post> holders(CommitteePost post) {
            return posts.stream().filter(p -> p.post() == post).toList();
        }

        /** Whether someone still able to serve holds {@code post}. */
        public boolean served(CommitteePost post) {
            return holders(post).stream().anyMatch(p -> p.standing() == Standing.SERVING);
        }
    }

    /** A post and its holder, with whether the holder can still serve in it. */
    public record Post(CommitteePost post, long memberId, String holderName, Standing standing) {
    }

    /** Whether a post's holder can still serve, from their record in the member roll. */
    public enum Standing implements CodedValue {
        /** on the roll with 正常 status, relationship held in this organization or beneath it. */
        SERVING("serving", "在任"),
        /** the relationship is now held outside this organization's subtree. */
        TRANSFERRED("transferred", "组织关系已转出本组织"),
        /** 停止党籍 or 留党察看: on the roll but without the rights the post needs (XJ-03). */
        RIGHTS_RESTRICTED("rights-restricted", "停止党籍或留党察看"),
        /** 已出党, 已去世, or no longer in the roll at all. */
        OFF_ROLL("off-roll", "已不在党员名册");

        private final String code;
        private final String label;

        Standing(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
