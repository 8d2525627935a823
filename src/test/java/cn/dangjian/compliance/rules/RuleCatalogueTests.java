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
            new SecretaryRule(), new DisciplineMemberRule(), new DisciplineCommitteeRule(), new TermExpiringRule(),
            new TermExpiredRule());

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

    /** The 发展党员 rules: one per time limit the recruitment timeline sets, each citing its article of the 细则. */
    private final List<ComplianceRule> recruitmentRules = List.of(new ApplicationTalkRule(),
            new ActivistAssessmentRule(), new AdmissionAssemblyRule(), new AdmissionApprovalRule(), new OathRule(),
            new ConfirmationDiscussionRule(), new PostponedConfirmationDiscussionRule(), new ConfirmationApprovalRule());

    @Test
    void everyRecruitmentDeadlineHasItsRuleCitingTheDetailedRules() {
        assertThat(recruitmentRules).extracting(ComplianceRule::code).doesNotHaveDuplicates()
                .allMatch(code -> code.startsWith("recruitment."));
        assertThat(recruitmentRules).extracting(ComplianceRule::category).containsOnly(RuleCategory.RECRUITMENT);
        // every rule id the recruitment timeline puts on a deadline (Timeline.deadlines)
        assertThat(recruitmentRules).extracting(ComplianceRule::ruleId)
                .containsExactly("FZ-03", "FZ-06", "FZ-13", "FZ-19", "FZ-20", "FZ-22", "FZ-25", "FZ-24");
        assertThat(recruitmentRules).allSatisfy(r -> {
            assertThat(r.article()).matches("《中国共产党发展党员工作细则》第.+条");
            assertThat(r.title()).isNotBlank();
            assertThat(r.version()).isPositive();
            assertThat(r.parameters()).as("the recruitment module declares the parameters it applies").isEmpty();
        });
        assertThat(recruitmentRules).filteredOn(r -> !r.reads().isEmpty()).extracting(ComplianceRule::ruleId)
                .containsExactly("FZ-22", "FZ-25");
    }

    @Test
    void parameterKeysAreDeclaredOnce() {
        assertThat(rules.stream().flatMap(r -> r.parameters().stream()).map(ParameterDefinition::key))
                .doesNotHaveDuplicates().allMatch(k -> k.startsWith("compliance."));
    }
}
