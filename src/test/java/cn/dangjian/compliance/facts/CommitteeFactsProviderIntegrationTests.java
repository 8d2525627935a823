package cn.dangjian.compliance.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.compliance.facts.CommitteeFacts.Standing;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.StatementCounter;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The committee facts of the test tree once A, A1 and A2 have committees and some holders have since left, been
 * suspended or moved to another branch.
 */
@IntegrationTest
@Import(StatementCounter.class)
class CommitteeFactsProviderIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    CommitteeFactsProvider provider;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Committees committees;
    @Autowired
    Members members;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();
    private TestTree.Tree t;
    private long organizer;
    private long inspector;
    private long deputy;

    @BeforeEach
    void committees() {
        t = trees.build();
        organizer = members.create(system, TestTree.member("组织委员" + t.a(), t.a1(), MemberKind.FULL));
        inspector = members.create(system, TestTree.member("纪检委员" + t.a(), t.a1(), MemberKind.FULL));
        deputy = members.create(system, TestTree.member("副书记" + t.a(), t.a2(), MemberKind.FULL));
        term(t.a1(), 1, LocalDate.of(2020, 3, 1), List.of(assign(CommitteePost.SECRETARY, t.memberA1())));
        term(t.a1(), 2, LocalDate.of(2023, 3, 1), List.of(assign(CommitteePost.SECRETARY, t.memberA1()),
                assign(CommitteePost.ORGANIZATION_MEMBER, organizer), assign(CommitteePost.DISCIPLINE_MEMBER, inspector)));
        term(t.a2(), 4, LocalDate.of(2024, 9, 1), List.of(assign(CommitteePost.SECRETARY, t.memberA2()),
                assign(CommitteePost.DEPUTY_SECRETARY, deputy)));
        term(t.a(), 2, LocalDate.of(2022, 7, 1), List.of(assign(CommitteePost.SECRETARY, t.memberA1()),
                assign(CommitteePost.DEPUTY_SECRETARY, t.memberA2())));

        change(inspector, StatusChangeType.SUSPEND);
        change(t.memberA2(), StatusChangeType.LEAVE);
        var form = TestTree.member("副书记" + t.a(), t.a1(), MemberKind.FULL);
        members.update(system, deputy, form, members.get(system, deputy).version());
    }

    @Test
    void theCurrentTermAndWhetherEachHolderCanStillServe() {
        Map<Long, CommitteeFacts> facts = provider.gather(batch(), TODAY);

        CommitteeFacts.Term a1 = facts.get(t.a1()).term().orElseThrow();
        assertThat(a1.number()).as("the second term ended the first").isEqualTo(2);
        assertThat(a1.startedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(a1.dueEndOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(a1.formation()).isEqualTo(TermFormation.ELECTED);
        assertThat(a1.posts()).extracting(Post::post, Post::memberId, Post::standing).containsExactly(
                tuple(CommitteePost.SECRETARY, t.memberA1(), Standing.SERVING),
                tuple(CommitteePost.ORGANIZATION_MEMBER, organizer, Standing.SERVING),
                tuple(CommitteePost.DISCIPLINE_MEMBER, inspector,
                        Standing.RIGHTS_RESTRICTED));
        assertThat(a1.isCommittee()).isTrue();
        assertThat(a1.served(CommitteePost.DISCIPLINE_MEMBER)).isFalse();

        CommitteeFacts.Term a2 = facts.get(t.a2()).term().orElseThrow();
        assertThat(a2.posts()).extracting(Post::standing).containsExactly(Standing.OFF_ROLL, Standing.TRANSFERRED);
        assertThat(a2.isCommittee()).as("a 书记 and a 副书记 are no committee").isFalse();

        CommitteeFacts.Term a = facts.get(t.a()).term().orElseThrow();
        assertThat(a.posts()).extracting(Post::standing).containsExactly(Standing.SERVING, Standing.OFF_ROLL);
        assertThat(a.posts().get(0).holderName()).startsWith("王一");

        assertThat(facts.get(t.root())).isEqualTo(CommitteeFacts.NONE);
    }

    @Test
    void aBatchCostsTheSameStatementsWhateverItsSize() {
        List<OrgUnitRef> all = batch();
        List<OrgUnitRef> one = orgs.refs(List.of(t.a1()));
        var single = StatementCounter.count(() -> provider.gather(one, TODAY));
        var everything = StatementCounter.count(() -> provider.gather(all, TODAY));

        assertThat(single.result()).hasSize(1);
        assertThat(everything.result()).hasSize(4);
        assertThat(everything.statements()).isEqualTo(single.statements()).isEqualTo(3);
    }

    private List<OrgUnitRef> batch() {
        return orgs.refs(List.of(t.root(), t.a(), t.a1(), t.a2()));
    }

    private void term(long org, int number, LocalDate started, List<NewTerm.Assignment> posts) {
        committees.recordTerm(system, org, new NewTerm(number, started, started.plusYears(3), TermFormation.ELECTED, posts));
    }

    private static NewTerm.Assignment assign(CommitteePost post, long member) {
        return new NewTerm.Assignment(post, member);
    }

    private void change(long member, StatusChangeType type) {
        members.changeStatus(system, member, new StatusChange(type, LocalDate.of(2025, 1, 10), "测试",
                members.get(system, member).version()));
    }
}
