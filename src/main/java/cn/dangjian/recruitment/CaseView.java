package cn.dangjian.recruitment;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/**
 * A case as its page, the API and its documents show it: the person, the stage, every recorded step, what is
 * due next, the organization that approves (FZ-16: a 党委, never a 总支) and, once admitted, the member record
 * and the probation dates (FZ-21). 身份证号 and phone are masked unless the viewer's role needs them.
 */
public record CaseView(long id, long orgId, String orgName, String name, Gender gender, Ethnicity ethnicity,
                       LocalDate birthDate, String citizenId, EducationLevel education, Long unitId, String unitName,
                       String position, String phone, RuleVersion ruleVersion, Stage stage, LocalDate appliedOn,
                       Long memberId, LocalDate closedOn, String closedReason, long approvingOrgId,
                       String approvingOrgName, LocalDate probationStart, LocalDate fullFrom, List<CaseStep> steps,
                       List<Deadline> deadlines, List<StepKind> nextSteps, int version) {

    /** The last recorded step of this kind, if any. */
    public CaseStep last(StepKind kind) {
        CaseStep found = null;
        for (CaseStep s : steps) {
            if (s.kind() == kind) {
                found = s;
            }
        }
        return found;
    }

    /** Steps accepted outside their window with a justification — what the higher organization should look at. */
    public List<CaseStep> justified() {
        return steps.stream().filter(s -> !s.waivedRules().isEmpty()).toList();
    }
}
