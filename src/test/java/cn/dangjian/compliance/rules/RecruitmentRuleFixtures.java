package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.facts.RecruitmentFacts;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.ParameterValues.Level;
import cn.dangjian.recruitment.CaseDeadline;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.recruitment.internal.RecruitmentParameters;
import cn.dangjian.recruitment.internal.Timeline;

/**
 * 发展党员 cases written as their recorded steps, turned into facts the way the provider gets them: the
 * recruitment module's own timeline computes each case's deadlines (under the 细则 of its application date), so
 * the rules are tested against the catalogue's numbers end to end, not against hand-made due days. A step is
 * written {@code KIND yyyy-mm-dd [RESULT] [months]}, steps are separated by {@code ;}.
 */
final class RecruitmentRuleFixtures {

    static final long CASE_ID = 501;
    static final String NAME = "张三";
    static final LocalDate BIRTH = LocalDate.of(1998, 4, 12);

    private RecruitmentRuleFixtures() {
    }

    /** The case {@link #CASE_ID} of {@link #NAME} with these steps, as the branch's facts. */
    static RecruitmentFacts facts(LocalDate today, int graceDays, String steps) {
        return new RecruitmentFacts(deadlines(CASE_ID, NAME, today, graceDays, steps));
    }

    /** Several cases of one branch. */
    static RecruitmentFacts branchOf(List<List<CaseDeadline>> cases) {
        return new RecruitmentFacts(cases.stream().flatMap(List::stream).toList());
    }

    static List<CaseDeadline> deadlines(long caseId, String name, LocalDate today, int graceDays, String steps) {
        List<CaseStep> recorded = Arrays.stream(steps.split(";")).filter(s -> !s.isBlank())
                .map(RecruitmentRuleFixtures::step).toList();
        Timeline timeline = new Timeline(RuleVersion.forApplicationOn(recorded.get(0).on()), BIRTH, recorded);
        return timeline.deadlines(today, graceDays).stream()
                .map(d -> new CaseDeadline(caseId, MemberRuleFixtures.BRANCH_ID, name, timeline.stage(), d)).toList();
    }

    static CaseStep step(String written) {
        String[] parts = written.strip().split("\\s+");
        StepResult result = null;
        Integer months = null;
        for (int i = 2; i < parts.length; i++) {
            if (parts[i].matches("\\d+")) {
                months = Integer.valueOf(parts[i]);
            } else {
                result = StepResult.valueOf(parts[i]);
            }
        }
        return new CaseStep(0, StepKind.valueOf(parts[0]), LocalDate.parse(parts[1]), null, List.of(), null, null, null,
                months, result, null, null, null, null, List.of(), "test", null);
    }

    // --- cases at each stage, from the day a rule counts from -------------------------------------------------

    static String applied(LocalDate applied) {
        return "APPLICATION " + applied;
    }

    /** Applied two months before the designation, talked with ten days after applying. */
    static String activist(LocalDate designated) {
        LocalDate applied = designated.minusMonths(2);
        return String.join(";", applied(applied), "APPLICATION_TALK " + applied.plusDays(10),
                "ACTIVIST_DESIGNATION " + designated, "MENTORS " + designated);
    }

    /** Listed as a 发展对象 two months before the 预审, which it passed; the 细则 is the application date's. */
    static String preReviewed(LocalDate applied, LocalDate reviewed) {
        LocalDate listed = reviewed.minusMonths(2);
        return String.join(";", applied(applied), "APPLICATION_TALK " + applied.plusDays(10),
                "ACTIVIST_DESIGNATION " + applied.plusMonths(1), "MENTORS " + applied.plusMonths(1),
                "CANDIDATE_DESIGNATION " + listed, "SPONSORS " + listed, "POLITICAL_REVIEW " + listed.plusDays(20) + " PASSED",
                "TRAINING " + listed.plusDays(25), "PRE_REVIEW " + reviewed + " PASSED");
    }

    /** Admitted by the branch assembly ten days after the 预审, not yet approved. */
    static String assembled(LocalDate applied, LocalDate assembly) {
        return preReviewed(applied, assembly.minusDays(10)) + ";ADMISSION_ASSEMBLY " + assembly + " PASSED";
    }

    /** A 预备党员: approved by the 党委 (probation counts from the assembly, FZ-21). */
    static String approved(LocalDate applied, LocalDate assembly, LocalDate approved) {
        return assembled(applied, assembly) + ";APPROVAL_TALK " + assembly.plusDays(5) + ";ADMISSION_APPROVAL " + approved
                + " PASSED";
    }

    // --- contexts -----------------------------------------------------------------------------------------------

    /**
     * The rule's own parameters at their defaults and the 转正 grace period, which the recruitment module declares
     * (and applies to the deadline) and some rules show, at {@code graceDays}.
     */
    static RuleContext context(LocalDate today, int graceDays, ComplianceRule rule) {
        Map<String, ParameterValues.Value> values = new HashMap<>();
        List<ParameterDefinition> definitions = new ArrayList<>(rule.parameters());
        definitions.addAll(new RecruitmentParameters().parameters());
        for (ParameterDefinition d : definitions) {
            values.put(d.key(), new ParameterValues.Value(d.key(), d.defaultValue(), Level.DEFAULT, null, null));
        }
        values.put(RecruitmentParameters.CONFIRMATION_GRACE_DAYS, new ParameterValues.Value(
                RecruitmentParameters.CONFIRMATION_GRACE_DAYS, String.valueOf(graceDays), Level.PLATFORM, null, today));
        return new RuleContext(today, new ParameterValues(today, values));
    }

    static RuleContext context(LocalDate today, ComplianceRule rule) {
        return context(today, 30, rule);
    }
}
