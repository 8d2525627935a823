package cn.dangjian.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.transfer.internal.TransferParameters;
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

    /** The 党费 rules: each citing its article; the parameters they depend on are the dues module's own. */
    private final List<ComplianceRule> duesRules = List.of(new DuesLapseRule(), new ArrearsWarningRule(),
            new BackPayWindowRule(), new AssessmentMissingRule(), new RemittanceLateRule(),
            new LargePaymentForwardRule(), new ReductionEndedRule());

    @Test
    void everyDuesRuleCitesTheDuesRegulationsAndReadsOnlyTheDuesModulesParameters() {
        assertThat(duesRules).extracting(ComplianceRule::code).doesNotHaveDuplicates()
                .allMatch(code -> code.startsWith("dues."));
        assertThat(duesRules).extracting(ComplianceRule::category).containsOnly(RuleCategory.DUES);
        assertThat(duesRules).extracting(ComplianceRule::ruleId)
                .containsExactly("DF-13", "DF-13", "DF-12", "DF-17", "DF-22", "DF-21", "DF-07");
        List<String> declared = new DuesParameters().parameters().stream().map(ParameterDefinition::key).toList();
        assertThat(duesRules).allSatisfy(r -> {
            assertThat(r.article()).matches("《(关于中国共产党党费收缴、使用和管理的规定|中央和国家机关基层党组织党费收缴、使用和管理办法)》第.+条");
            assertThat(r.title()).isNotBlank();
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.parameters()).as("the dues module declares the parameters").isEmpty();
            assertThat(declared).containsAll(r.reads());
        });
    }

    /** The 组织关系转接 rules: the step limit they depend on is the transfer module's own parameter. */
    @Test
    void theTransferRulesCiteTheirSourcesAndReadOnlyTheTransferModulesParameters() {
        List<ComplianceRule> transferRules = List.of(new TransferStepWaitingRule(), new LetterReceiptRule(),
                new ReceiptReplyRule(), new MobileContactRule(), new MobileTransferRule());
        assertThat(transferRules).extracting(ComplianceRule::ruleId)
                .containsExactly("JY-09", "ZJ-04", "ZJ-04", "ZJ-09", "JY-09");
        assertThat(transferRules).extracting(ComplianceRule::category).containsOnly(RuleCategory.MEMBERS);
        assertThat(transferRules).allSatisfy(r -> assertThat(r.code()).startsWith("members."));
        List<String> declared = new TransferParameters().parameters().stream().map(ParameterDefinition::key).toList();
        assertThat(transferRules).allSatisfy(r -> {
            assertThat(r.parameters()).isEmpty();
            assertThat(declared).containsAll(r.reads());
        });
        assertThat(new TransferStepWaitingRule().reads()).containsExactly(TransferParameters.STEP_DAYS);
    }

    @Test
    void parameterKeysAreDeclaredOnce() {
        assertThat(rules.stream().flatMap(r -> r.parameters().stream()).map(ParameterDefinition::key))
                .doesNotHaveDuplicates().allMatch(k -> k.startsWith("compliance."));
    }
}
