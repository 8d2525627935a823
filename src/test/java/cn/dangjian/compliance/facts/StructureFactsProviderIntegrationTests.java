package cn.dangjian.compliance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.facts.StructureFacts.MemberUnit;
import cn.dangjian.compliance.facts.StructureFacts.OwnUnit;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.UnitCategory;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.StatementCounter;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The structure facts of a small district beside the test tree: a 财政局 with a 党总支 over two branches (one
 * with a 党小组), an 审计局 with its own branch, a 档案馆 without one whose members sit in both, and a 联合党支部
 * of six small units.
 */
@IntegrationTest
@Import(StatementCounter.class)
class StructureFactsProviderIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    StructureFactsProvider provider;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Units units;
    @Autowired
    Members members;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();
    private TestTree.Tree tree;
    private long bureau;
    private long archive;
    private long general;
    private long first;
    private long second;
    private long auditBranch;
    private long joint;
    private String suffix;

    @BeforeEach
    void district() {
        tree = trees.build();
        suffix = String.valueOf(tree.a());
        bureau = units.create(system, "测试财政局" + suffix, UnitCategory.ADMINISTRATIVE);
        archive = units.create(system, "测试档案馆" + suffix, UnitCategory.PUBLIC_INSTITUTION);
        long audit = units.create(system, "测试审计局" + suffix, UnitCategory.ADMINISTRATIVE);
        general = org(tree.root(), OrgType.GENERAL_BRANCH, "测试财政局机关党总支", bureau);
        first = org(general, OrgType.BRANCH, "测试财政局第一党支部", bureau);
        second = org(general, OrgType.BRANCH, "测试财政局第二党支部", bureau);
        org(first, OrgType.PARTY_GROUP, "测试财政局第一党支部第一党小组", bureau);
        auditBranch = org(tree.root(), OrgType.BRANCH, "测试审计局机关党支部", audit);
        joint = org(tree.root(), OrgType.JOINT_BRANCH, "测试第一联合党支部", null);
        add(first, bureau, MemberKind.FULL, 3);
        add(first, bureau, MemberKind.PROBATIONARY, 1);
        add(first, archive, MemberKind.FULL, 3);
        add(second, bureau, MemberKind.FULL, 2);
        add(auditBranch, audit, MemberKind.FULL, 4);
        add(auditBranch, archive, MemberKind.FULL, 1);
        for (int i = 1; i <= 6; i++) {
            add(joint, units.create(system, "测试小单位" + i + "_" + suffix, UnitCategory.MASS_ORGANIZATION),
                    MemberKind.FULL, 1);
        }
    }

    @Test
    void theFactsMatchTheTreeAndTheRoll() {
        Map<Long, StructureFacts> facts = provider.gather(batch(), TODAY);

        StructureFacts g = facts.get(general);
        assertThat(g.subtree()).isEqualTo(new MemberCount(8, 1));
        assertThat(g.own()).isEqualTo(MemberCount.NONE);
        assertThat(g.activeChildren()).isEqualTo(Map.of(OrgType.BRANCH, 2));
        assertThat(g.unit()).isEqualTo(new OwnUnit(bureau, "测试财政局" + suffix, new MemberCount(5, 1), true, 3));
        assertThat(g.memberUnits()).isEmpty();

        StructureFacts b1 = facts.get(first);
        assertThat(b1.subtree()).isEqualTo(new MemberCount(6, 1));
        assertThat(b1.own()).isEqualTo(new MemberCount(6, 1));
        assertThat(b1.activeChildren()).isEqualTo(Map.of(OrgType.PARTY_GROUP, 1));
        assertThat(b1.unit().topOrganization()).isFalse();
        assertThat(b1.memberUnits()).containsExactlyInAnyOrder(
                new MemberUnit(bureau, "测试财政局" + suffix, new MemberCount(3, 1), new MemberCount(5, 1), true, true),
                new MemberUnit(archive, "测试档案馆" + suffix, new MemberCount(3, 0), new MemberCount(4, 0), false, true));

        assertThat(facts.get(second).memberUnits()).singleElement()
                .satisfies(u -> assertThat(u.mainHolder()).as("the first branch holds more of the bureau").isFalse());
        assertThat(facts.get(auditBranch).memberUnits()).filteredOn(u -> u.id() == archive).singleElement()
                .satisfies(u -> {
                    assertThat(u.heldHere()).isEqualTo(new MemberCount(1, 0));
                    assertThat(u.hasOwnOrganization()).isFalse();
                    assertThat(u.mainHolder()).isFalse();
                });

        StructureFacts j = facts.get(joint);
        assertThat(j.unit()).isNull();
        assertThat(j.coveredUnits()).hasSize(6).allMatch(n -> n.startsWith("测试小单位"));
        assertThat(j.memberUnits()).hasSize(6).noneMatch(MemberUnit::hasOwnOrganization);

        StructureFacts a1 = facts.get(tree.a1());
        assertThat(a1.own()).isEqualTo(new MemberCount(1, 0));
        assertThat(a1.unit()).isNull();
        assertThat(a1.memberUnits()).as("the test tree's members have no unit").isEmpty();
        assertThat(facts.get(tree.a()).subtree()).isEqualTo(new MemberCount(2, 0));
        assertThat(facts.get(tree.root()).subtree()).isEqualTo(new MemberCount(2 + 8 + 5 + 6, 1));
        assertThat(facts.get(tree.root()).coveredUnits()).isEmpty();
    }

    @Test
    void aBatchCostsTheSameStatementsWhateverItsSize() {
        List<OrgUnitRef> all = batch();
        List<OrgUnitRef> pair = orgs.refs(List.of(general, first));
        var two = StatementCounter.count(() -> provider.gather(pair, TODAY));
        var everything = StatementCounter.count(() -> provider.gather(all, TODAY));

        assertThat(two.result()).hasSize(2);
        assertThat(everything.result()).hasSize(all.size());
        assertThat(everything.statements()).isEqualTo(two.statements()).isEqualTo(7);
    }

    private List<OrgUnitRef> batch() {
        return orgs.refs(List.of(tree.root(), tree.a(), tree.a1(), tree.a2(), general, first, second, auditBranch,
                joint));
    }

    private long org(long parent, OrgType type, String name, Long unit) {
        return orgs.create(system, new NewOrgUnit(parent, type, name + suffix, unit, null, null));
    }

    private void add(long org, long unit, MemberKind kind, int count) {
        for (int i = 0; i < count; i++) {
            MemberForm f = TestTree.member("测试" + i, org, kind);
            members.create(system, new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.citizenId(),
                    f.nativePlace(), f.education(), f.degree(), f.occupation(), unit, f.position(), f.phone(),
                    f.appliedOn(), f.joinedOn(), f.confirmedOn(), f.kind(), f.orgId(), f.partyGroupId(),
                    f.leadingCadre(), f.mobile(), f.lostContact()));
        }
    }
}
