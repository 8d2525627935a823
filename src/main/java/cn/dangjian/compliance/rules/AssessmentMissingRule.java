package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import org.springframework.stereotype.Component;

/**
 * DF-17 (《中央和国家机关基层党组织党费收缴、使用和管理办法》第二条): the 基层党组织 fixes each member's monthly amount at
 * the start of the year. An organization with members on its roll who have no assessment for this year, once the
 * month {@value DuesRule#ASSESSMENT_DEADLINE_MONTH} (declared and applied by the dues module, default 3) has ended
 * — from 1 April, not on 31 March — is {@link Severity#OVERDUE}, one finding per year (subject = the year), dated
 * from the day after that month. It closes when everyone on the roll is assessed; last year's finding lapses with
 * the year, since the facts are this year's.
 */
@Component
class AssessmentMissingRule extends DuesRule {

    AssessmentMissingRule() {
        super("assessment-missing", "DF-17", ORGAN_DUES_RULES + "第二条", "年初核定党员本年度月交纳党费数额");
    }

    @Override
    public List<String> reads() {
        return List.of(ASSESSMENT_DEADLINE_MONTH);
    }

    @Override
    public String attentionReason(int count) {
        return "本年度党费未按期核定";
    }

    @Override
    public boolean lapsed(String subject, LocalDate today) {
        return Integer.parseInt(subject) < today.getYear();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        DuesFacts dues = facts.get(DuesFacts.class);
        LocalDate today = context.today();
        int year = today.getYear();
        LocalDate deadline = YearMonth.of(year, dues.assessmentDeadlineMonth()).atEndOfMonth();
        int missing = dues.onRoll() - dues.assessed();
        if (missing <= 0 || !today.isAfter(deadline)) {
            return List.of();
        }
        String message = missing + "名党员尚未核定本年度党费（" + year + "年，应于" + dues.assessmentDeadlineMonth()
                + "月底前完成年初核定）" + cite("基层党组织年初核定党员月交纳党费数额，年内一般不变动");
        return List.of(new FindingDraft(String.valueOf(year), Severity.OVERDUE, message, deadline,
                facts("年度", year, "在册党员", dues.onRoll() + "名", "已核定", dues.assessed() + "名", "未核定", missing + "名",
                        "核定期限", dues.assessmentDeadlineMonth() + "月底（规则参数）"),
                "/dues/assessments?orgId=" + facts.org().id() + "&year=" + year, deadline.plusDays(1)));
    }
}
