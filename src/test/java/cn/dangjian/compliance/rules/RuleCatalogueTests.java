package cn.dangjian.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;

/** What the catalogue page and the stored findings rely on across the rules of this package. */
class RuleCatalogueTests {

    private final List<ComplianceRule> rules = List.of(new UnitWithoutBranchRule(), new BranchTooFewFullMembersRule(),
            new JointBranchCoverageRule(), new BranchSizeRule(), new PartyCommitteeThresholdRule(),
            new GeneralBranchThresholdRule(), new BranchCommitteeRequiredRule(), new BranchCommitteeSizeRule(),
            new SecretaryRule(), new DisciplineMemberRule(), new TermExpiringRule(), new TermExpiredRule());

    @Test
    void codesAreUniqueAndNamedAfterTheirCategory() {
        assertThat(rules).extracting(ComplianceRule::code).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(r -> assertThat(r.code()).startsWith(r.category().code() + "."));
        assertThat(rules).extracting(ComplianceRule::category)
                .containsOnly(RuleCategory.STRUCTURE, RuleCategory.COMMITTEE);
    }

    @Test
    void everyRuleCitesTheCatalogueAndAnArticle() {
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.ruleId()).matches("(ZB|JG|XJ)-\\d\\d");
            assertThat(r.article()).containsAnyOf("》第", "中组部");
            assertThat(r.title()).isNotBlank();
            assertThat(r.version()).isPositive();
        });
    }

    @Test
    void parameterKeysAreDeclaredOnce() {
        assertThat(rules.stream().flatMap(r -> r.parameters().stream()).map(ParameterDefinition::key))
                .doesNotHaveDuplicates().allMatch(k -> k.startsWith("compliance."));
    }
}
