package cn.dangjian.demo;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.dangjian.demo.DistrictPlan.OrgPlan;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictBlueprintTests {

    private final DistrictPlan plan = DistrictBlueprint.plan(DistrictSpec.of(0, 1.0));

    private List<OrgPlan> orgs() {
        return plan.families().stream().flatMap(f -> f.orgs().stream()).toList();
    }

    @Test
    void theDefaultDistrictHasAbout150OrganizationsAnd3000Members() {
        assertThat(plan.rootName()).isEqualTo("锦城区直属机关工作委员会");
        assertThat(plan.orgCount()).isBetween(135, 165);
        assertThat(plan.memberCount()).isBetween(2_800, 3_200);
        assertThat(plan.units()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void organizationsFollowTheSizeThresholds() {
        Set<String> names = new HashSet<>();
        for (OrgPlan org : orgs()) {
            assertThat(names.add(org.name())).as("unique name " + org.name()).isTrue();
            int members = orgs().stream().filter(o -> o.parentKey() == org.key() || o.key() == org.key())
                    .mapToInt(OrgPlan::members).sum();
            switch (org.type()) {
                case PARTY_COMMITTEE -> assertThat(members).isGreaterThanOrEqualTo(100);
                case GENERAL_BRANCH -> assertThat(members).isBetween(50, 99);
                case BRANCH, JOINT_BRANCH -> assertThat(org.members()).isBetween(5, 56);
                default -> {
                }
            }
            if (org.type() == OrgType.JOINT_BRANCH) {
                assertThat(org.slices()).hasSizeBetween(2, 5).allSatisfy(s -> assertThat(s.members()).isLessThan(3));
            }
        }
        assertThat(orgs()).filteredOn(o -> o.type() == OrgType.PARTY_GROUP).isNotEmpty();
        assertThat(orgs()).filteredOn(o -> o.type() == OrgType.PARTY_COMMITTEE).hasSizeBetween(5, 9);
        assertThat(orgs()).filteredOn(o -> o.type() == OrgType.GENERAL_BRANCH).hasSizeBetween(5, 10);
    }

    @Test
    void everyPlannedIrregularityIsThere() {
        // the structural ones; the meeting history plants the rest when it is written
        assertThat(plan.irregularities()).extracting(DistrictPlan.Planned::kind)
                .containsExactlyInAnyOrderElementsOf(EnumSet.range(DemoIrregularity.Kind.TERM_EXPIRED,
                        DemoIrregularity.Kind.UNIT_WITHOUT_BRANCH));
        OrgPlan oversized = orgs().stream().filter(o -> o.members() > 50).findFirst().orElseThrow();
        assertThat(oversized.members()).isEqualTo(DistrictBlueprint.OVERSIZED_BRANCH_MEMBERS);
    }

    @Test
    void cityDistrictsAreAboutAThousandOrganizations() {
        DistrictPlan city = DistrictBlueprint.plan(DistrictSpec.of(3, DemoTier.CITY.scale()));
        assertThat(city.orgCount()).isBetween(850, 1_200);
        assertThat(city.memberCount()).isBetween(14_000, 20_000);
        assertThat(DistrictSpec.capacity()).isGreaterThanOrEqualTo(280);
    }

    @Test
    void ordinalsAreChinese() {
        assertThat(DistrictBlueprint.ordinal(1)).isEqualTo("一");
        assertThat(DistrictBlueprint.ordinal(10)).isEqualTo("十");
        assertThat(DistrictBlueprint.ordinal(12)).isEqualTo("十二");
        assertThat(DistrictBlueprint.ordinal(40)).isEqualTo("四十");
    }
}
