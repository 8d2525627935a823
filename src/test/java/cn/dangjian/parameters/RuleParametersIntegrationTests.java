package cn.dangjian.parameters;

import java.time.LocalDate;

import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.ParameterValues.Level;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parameters in force per organization and day: catalogue defaults, platform values, a subtree's override,
 * effective dates, the national floor, who may set what, and the kept history. Platform-wide settings are
 * made only for dates far ahead so that they cannot change what other tests see today.
 */
@IntegrationTest
class RuleParametersIntegrationTests {

    private static final String LESSON = "meetings.PARTY_LESSON.frequency";
    private static final String ASSEMBLY = "meetings.BRANCH_ASSEMBLY.frequency";
    private static final String LATE = "meetings.late-entry-days";

    @Autowired
    RuleParameters parameters;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();
    private final LocalDate today = LocalDate.now();

    private String path(long orgId) {
        return orgs.ref(orgId).orElseThrow().path();
    }

    @Test
    void theCatalogueDefaultsApplyWhereNothingIsSet() {
        TestTree.Tree t = trees.build();
        ParameterValues values = parameters.valuesFor(path(t.a1()), today);
        assertThat(values.get(ASSEMBLY)).isEqualTo("QUARTERLY:1");
        assertThat(values.get(LESSON)).isEqualTo("QUARTERLY:1");
        assertThat(values.whole(LATE)).isEqualTo(7);
        assertThat(values.value(LATE).level()).isEqualTo(Level.DEFAULT);
        assertThat(parameters.definitions()).extracting(ParameterDefinition::ruleId)
                .contains("ZB-08", "ZB-09", "ZB-10", "ZB-12", "JY-02", "ZB-14");
    }

    @Test
    void anOverrideAppliesToTheOrganizationAndItsSubtreeNotItsParentOrOtherTrees() {
        TestTree.Tree t = trees.build();
        TestTree.Tree other = trees.build();
        parameters.change(system, new ChangeParameter(LESSON, t.a(), "MONTHLY:1", null, "机关党委会议决定每月一次党课"));

        assertThat(parameters.valuesFor(path(t.a1()), today).value(LESSON))
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo("MONTHLY:1");
                    assertThat(v.level()).isEqualTo(Level.ORGANIZATION);
                    assertThat(v.orgId()).isEqualTo(t.a());
                });
        assertThat(parameters.valuesFor(path(t.a2()), today).get(LESSON)).isEqualTo("MONTHLY:1");
        assertThat(parameters.valuesFor(path(t.root()), today).get(LESSON)).isEqualTo("QUARTERLY:1");
        assertThat(parameters.valuesFor(path(other.a1()), today).get(LESSON)).isEqualTo("QUARTERLY:1");

        // the nearest organization's setting wins; withdrawing it brings back the parent's
        parameters.change(system, new ChangeParameter(LESSON, t.a1(), "MONTHLY:2", null, "支部自定"));
        assertThat(parameters.valuesFor(path(t.a1()), today).get(LESSON)).isEqualTo("MONTHLY:2");
        assertThat(parameters.valuesFor(path(t.a2()), today).get(LESSON)).isEqualTo("MONTHLY:1");
        parameters.change(system, new ChangeParameter(LESSON, t.a1(), null, null, "恢复机关党委统一要求"));
        assertThat(parameters.valuesFor(path(t.a1()), today).value(LESSON).orgId()).isEqualTo(t.a());

        assertThat(parameters.list(system, t.a1())).filteredOn(p -> p.definition().key().equals(LESSON)).first()
                .satisfies(p -> {
                    assertThat(p.display()).isEqualTo("每月1次");
                    assertThat(p.source()).contains("上级组织").contains(orgs.ref(t.a()).orElseThrow().name());
                    assertThat(p.setHere()).isFalse();
                    assertThat(p.history()).extracting(ParameterView.SettingView::display)
                            .containsExactly("恢复上级设置", "每月2次");
                });
    }

    @Test
    void aSettingAppliesFromItsDateSoEarlierDaysKeepTheValuesThenInForce() {
        TestTree.Tree t = trees.build();
        LocalDate from = today.plusDays(10);
        parameters.change(system, new ChangeParameter(LATE, t.a(), "3", from, "区委组织部通知"));
        assertThat(parameters.valuesFor(path(t.a1()), today).whole(LATE)).isEqualTo(7);
        assertThat(parameters.valuesFor(path(t.a1()), from.minusDays(1)).whole(LATE)).isEqualTo(7);
        assertThat(parameters.valuesFor(path(t.a1()), from).whole(LATE)).isEqualTo(3);
        assertThat(parameters.list(system, t.a())).filteredOn(p -> p.definition().key().equals(LATE)).first()
                .satisfies(p -> assertThat(p.history()).singleElement()
                        .satisfies(h -> assertThat(h.pending()).isTrue()));

        assertThatThrownBy(() -> parameters.change(system,
                new ChangeParameter(LATE, t.a(), "5", today.minusDays(1), "追溯调整")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("生效日期：不能早于今天");
    }

    @Test
    void aPlatformValueAppliesEverywhereAnOrganizationHasNotSetItsOwn() {
        TestTree.Tree t = trees.build();
        LocalDate far = today.plusYears(30);
        parameters.change(system, new ChangeParameter(LATE, t.a(), "5", far, "机关党委规定"));
        parameters.change(system, new ChangeParameter(LATE, null, "10", far, "市委组织部文件"));
        assertThat(parameters.valuesFor(path(t.root()), far).value(LATE))
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo("10");
                    assertThat(v.level()).isEqualTo(Level.PLATFORM);
                });
        assertThat(parameters.valuesFor(null, far).whole(LATE)).isEqualTo(10);
        assertThat(parameters.valuesFor(path(t.a1()), far).whole(LATE)).isEqualTo(5);
        assertThat(parameters.valuesFor(path(t.root()), far.minusDays(1)).whole(LATE)).isEqualTo(7);
    }

    @Test
    void aNationalFrequencyMayOnlyBeMadeStricterButTheLocalPartyLessonIsFree() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> parameters.change(system,
                new ChangeParameter(ASSEMBLY, t.a(), "YEARLY:1", null, "减少会议")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("支部党员大会召开频次")
                .hasMessageContaining("全国性规定，本地只能从严，不能少于每季度1次");
        parameters.change(system, new ChangeParameter(ASSEMBLY, t.a(), "MONTHLY:1", null, "从严要求"));
        parameters.change(system, new ChangeParameter(LESSON, t.a(), "YEARLY:1", null, "ZB-12 为地方规定"));
        assertThat(parameters.valuesFor(path(t.a1()), today).get(ASSEMBLY)).isEqualTo("MONTHLY:1");
        assertThat(parameters.valuesFor(path(t.a1()), today).get(LESSON)).isEqualTo("YEARLY:1");
    }

    @Test
    void everyProblemNamesItsFieldAndNothingIsStored() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> parameters.change(system, new ChangeParameter(LATE, t.a(), "0", null, " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("补录期限：应为1至90之间的整数（单位：天）")
                .hasMessageContaining("调整依据：请填写调整依据");
        assertThatThrownBy(() -> parameters.change(system, new ChangeParameter(LATE, t.a(), "七", null, "x")))
                .hasMessageContaining("补录期限：请填写整数");
        assertThatThrownBy(() -> parameters.change(system, new ChangeParameter(LATE, t.a(), null, null, "x")))
                .hasMessageContaining("本组织未单独设置该参数，无需恢复");
        assertThatThrownBy(() -> parameters.change(system, new ChangeParameter("no.such", t.a(), "1", null, "x")))
                .hasMessageContaining("参数：没有参数“no.such”");
        assertThat(parameters.list(system, t.a())).allSatisfy(p -> assertThat(p.history()).isEmpty());
    }

    @Test
    void aSecretarySetsValuesOnlyInsideTheirScopeAndNeverPlatformWide() {
        TestTree.Tree t = trees.build();
        AccessScope a1Secretary = trees.subtreeScope(t.a1(), Permission.RULE_PARAMETERS, Permission.ORG_VIEW);
        parameters.change(a1Secretary, new ChangeParameter(LESSON, t.a1(), "MONTHLY:1", null, "支部决定"));
        assertThat(parameters.valuesFor(path(t.a1()), today).get(LESSON)).isEqualTo("MONTHLY:1");

        assertThatThrownBy(() -> parameters.change(a1Secretary,
                new ChangeParameter(LESSON, t.a2(), "MONTHLY:1", null, "越权")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> parameters.list(a1Secretary, t.a2())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> parameters.change(a1Secretary,
                new ChangeParameter(LESSON, null, "MONTHLY:1", today.plusYears(30), "越权")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("全平台参数");
        AccessScope withoutPermission = trees.subtreeScope(t.a1(), Permission.ORG_VIEW, Permission.LIFE_RECORD);
        assertThatThrownBy(() -> parameters.change(withoutPermission,
                new ChangeParameter(LESSON, t.a1(), "MONTHLY:2", null, "无权限")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("设置规则参数");
        assertThat(parameters.valuesFor(path(t.a2()), today).get(LESSON)).isEqualTo("QUARTERLY:1");
    }

    @Test
    void settingsAreKeptAndAuditedAndCannotBeRewritten() {
        TestTree.Tree t = trees.build();
        parameters.change(system, new ChangeParameter(LATE, t.a(), "5", null, "机关党委规定"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = '规则参数' AND record_id = :id")
                .param("id", LATE + "@" + t.a()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE rule_parameter_setting SET value = '1' WHERE org_id = :org")
                .param("org", t.a()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM rule_parameter_setting WHERE org_id = :org")
                .param("org", t.a()).update()).hasMessageContaining("append-only");
    }
}
