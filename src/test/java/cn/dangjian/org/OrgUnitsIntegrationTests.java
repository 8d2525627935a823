package cn.dangjian.org;

import java.util.List;

import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrgUnitsIntegrationTests {

    @Autowired
    OrgUnits orgs;
    @Autowired
    Committees committees;
    @Autowired
    Members members;
    @Autowired
    OrgFormApprovals approvals;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void moveRewritesTheWholeSubtreeAndItsMembersPaths() {
        TestTree.Tree t = trees.build();
        long group = orgs.create(system, new NewOrgUnit(t.a1(), OrgType.PARTY_GROUP, "第一党小组", null, null, null));
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "另一局机关党委", null, null, null));
        OrgUnitRef bRef = orgs.ref(b).orElseThrow();

        orgs.move(system, t.a1(), b, orgs.get(system, t.a1()).version());

        OrgUnitRef a1 = orgs.ref(t.a1()).orElseThrow();
        assertThat(a1.parentId()).isEqualTo(b);
        assertThat(a1.path()).isEqualTo(bRef.path() + t.a1() + "/");
        assertThat(a1.depth()).isEqualTo(bRef.depth() + 1);
        OrgUnitRef g = orgs.ref(group).orElseThrow();
        assertThat(g.path()).isEqualTo(a1.path() + group + "/");
        assertThat(g.depth()).isEqualTo(a1.depth() + 1);
        String memberPath = jdbc.sql("SELECT org_path FROM member WHERE id = :id").param("id", t.memberA1())
                .query(String.class).single();
        assertThat(memberPath).isEqualTo(a1.path());
        assertThat(members.headcount(system, b).total()).isEqualTo(1);
        assertThat(members.headcount(system, t.a()).total()).isEqualTo(1);
    }

    @Test
    void moveUnderItsOwnDescendantIsRefused() {
        TestTree.Tree t = trees.build();
        int version = orgs.get(system, t.a()).version();
        String before = orgs.ref(t.a()).orElseThrow().path();

        assertThatThrownBy(() -> orgs.move(system, t.a(), t.a1(), version))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能将")
                .hasMessageContaining("其自身或其下级组织");
        assertThatThrownBy(() -> orgs.move(system, t.a(), t.a(), version))
                .isInstanceOf(ConflictException.class);
        assertThat(orgs.ref(t.a()).orElseThrow().path()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsDetectedAsAConcurrentEdit() {
        TestTree.Tree t = trees.build();
        int seen = orgs.get(system, t.a2()).version();
        orgs.update(system, t.a2(), new OrgUnitChanges("改名后的支部", OrgType.BRANCH, null, null, null, seen));

        assertThatThrownBy(() -> orgs.update(system, t.a2(),
                new OrgUnitChanges("另一个名字", OrgType.BRANCH, null, null, null, seen)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
        assertThatThrownBy(() -> orgs.move(system, t.a2(), t.root(), seen))
                .isInstanceOf(ConflictException.class);
        assertThat(orgs.get(system, t.a2()).name()).isEqualTo("改名后的支部");
    }

    @Test
    void typesMustFitTheirParent() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> orgs.create(system,
                new NewOrgUnit(t.a1(), OrgType.PARTY_COMMITTEE, "错误的党委", null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("组织类别：机关党委不能设在党支部之下");
        long group = orgs.create(system, new NewOrgUnit(t.a1(), OrgType.PARTY_GROUP, "党小组", null, null, null));
        assertThatThrownBy(() -> orgs.move(system, t.a2(), group, orgs.get(system, t.a2()).version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("党支部不能设在党小组之下");
    }

    @Test
    void dissolvingNeedsAnEmptyOrganizationAndKeepsTheRecord() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> orgs.dissolve(system, t.a1(), java.time.LocalDate.of(2026, 1, 5), "合并",
                orgs.get(system, t.a1()).version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("还有1名党员");
        long empty = orgs.create(system, new NewOrgUnit(t.a(), OrgType.BRANCH, "待撤销支部", null, null, null));
        orgs.dissolve(system, empty, java.time.LocalDate.of(2026, 1, 5), "机构改革，单位撤并", 0);

        OrgUnitView view = orgs.get(system, empty);
        assertThat(view.active()).isFalse();
        assertThat(view.dissolveReason()).isEqualTo("机构改革，单位撤并");
        assertThat(orgs.children(system, t.a(), false)).extracting(OrgUnitNode::id).doesNotContain(empty);
        assertThat(orgs.children(system, t.a(), true)).extracting(OrgUnitNode::id).contains(empty);
    }

    @Test
    void aSubtreeScopeSeesOnlyItsPart() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());

        assertThat(orgs.roots(a1)).extracting(OrgUnitNode::id).containsExactly(t.a1());
        assertThat(orgs.get(a1, t.a1()).name()).startsWith("测试局第一党支部");
        assertThatThrownBy(() -> orgs.get(a1, t.a2())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orgs.children(a1, t.a(), false)).isInstanceOf(NotFoundException.class);
        assertThat(orgs.search(a1, OrgUnitQuery.all(), cn.dangjian.shared.PageRequest.of(1, 50)).items())
                .extracting(OrgUnitNode::id).containsExactly(t.a1());
        assertThatThrownBy(() -> orgs.update(a1, t.a2(), new OrgUnitChanges("x", OrgType.BRANCH, null, null, null, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(orgs.get(system, t.a2()).name()).startsWith("测试局第二党支部");
    }

    @Test
    void aCommitteeTermRecordsItsPostsAndEndsThePreviousTerm() {
        TestTree.Tree t = trees.build();
        committees.recordTerm(system, t.a1(), new NewTerm(1, java.time.LocalDate.of(2020, 6, 1),
                java.time.LocalDate.of(2023, 6, 1), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, t.memberA1()))));
        committees.recordTerm(system, t.a1(), new NewTerm(2, java.time.LocalDate.of(2023, 6, 10),
                java.time.LocalDate.of(2026, 6, 10), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, t.memberA1()))));

        List<CommitteeView> history = committees.history(system, t.a1());
        assertThat(history).extracting(CommitteeView::termNumber).containsExactly(2, 1);
        assertThat(history.get(1).endedOn()).isEqualTo(java.time.LocalDate.of(2023, 6, 9));
        assertThat(committees.current(system, t.a1()).orElseThrow().posts())
                .extracting(CommitteeView.PostHolder::holderName).containsExactly(members.get(system, t.memberA1()).name());
        assertThatThrownBy(() -> committees.recordTerm(system, t.a1(), new NewTerm(3, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2027, 1, 1), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, t.memberA2())))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("组织关系不在本组织");
    }

    @Test
    void aDisciplineCommitteeSecretaryIsRecordedOnAPartyCommitteesTermOnly() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> committees.recordTerm(system, t.a1(), new NewTerm(1, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2027, 1, 1), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, t.memberA1()),
                        new NewTerm.Assignment(CommitteePost.DISCIPLINE_SECRETARY, t.memberA1())))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只有机关党委设立机关纪委（JG-05）");

        // JG-05: the 纪委书记 is a 副书记 of the 机关党委, the same person in two posts
        committees.recordTerm(system, t.a(), new NewTerm(1, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2029, 1, 1), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, t.memberA1()),
                        new NewTerm.Assignment(CommitteePost.DEPUTY_SECRETARY, t.memberA2()),
                        new NewTerm.Assignment(CommitteePost.DISCIPLINE_SECRETARY, t.memberA2()))));
        assertThat(committees.current(system, t.a()).orElseThrow().posts())
                .extracting(CommitteeView.PostHolder::postLabel).containsExactly("书记", "副书记", "纪委书记");
    }

    @Test
    void theApprovalOfAFormIsRecordedOnlyFromTheParentsScope() {
        TestTree.Tree t = trees.build();
        AccessScope committee = trees.subtreeScope(t.a(), cn.dangjian.shared.Permission.ORG_VIEW,
                cn.dangjian.shared.Permission.ORG_EDIT);
        FormApproval approval = new FormApproval(java.time.LocalDate.of(2024, 3, 1), "区直工委〔2024〕5号");

        assertThatThrownBy(() -> approvals.record(committee, t.a(), approval, 0))
                .isInstanceOf(cn.dangjian.shared.ForbiddenException.class);
        approvals.record(committee, t.a1(), approval, orgs.get(system, t.a1()).version());
        approvals.record(system, t.a(), approval, orgs.get(system, t.a()).version());

        assertThat(orgs.setups(List.of(t.a(), t.a1(), t.a2()))).satisfies(s -> {
            assertThat(s.get(t.a()).formApproval()).isEqualTo(approval);
            assertThat(s.get(t.a1()).formApproval()).isEqualTo(approval);
            assertThat(s.get(t.a2()).formApproval()).isNull();
        });
    }
}
