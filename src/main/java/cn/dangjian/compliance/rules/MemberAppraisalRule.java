package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.AppraisalFacts;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import org.springframework.stereotype.Component;

/**
 * ZB-16 / JY-04: 民主评议党员 generally once a year. The catalogue sets no month; it may be combined with the
 * 组织生活会, which is generally held in Q4 (ZB-14), so the month from which the year's appraisal is
 * {@link Severity#DUE} is a parameter (default October). From that month to 31 December the year's appraisal is
 * due; if the year ends without one it is {@link Severity#OVERDUE} in the following year's first quarter (the same finding,
 * subject = the year), closing when the appraisal is recorded — or when that following year ends, as the meeting
 * schedule's findings do. A branch whose recorded 成立日期 falls on or after the first day of the due month is not
 * held to that year. 临时党支部 are left out (their members are appraised in their own branch, ZB-06).
 */
@Component
class MemberAppraisalRule extends CatalogueRule {

    static final String DUE_MONTH = "compliance.appraisal-due-month";
    // Research note (kept out of what users read): the 支部工作条例's article on 民主评议 was not seen (believed
    // 第十九条), so only the verified article of the 党员教育管理工作条例 is cited.
    static final String ARTICLE = EDUCATION_RULES + "第十八条";

    MemberAppraisalRule() {
        super("appraisal-talks.member-appraisal", "ZB-16", ARTICLE, 1, RuleCategory.APPRAISAL_TALKS,
                "每年开展一次民主评议党员（JY-04）");
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(new ParameterDefinition(DUE_MONTH, "ZB-16", ARTICLE, "民主评议提醒起始月份",
                "从每年该月1日起提醒登记本年度民主评议党员，年底未登记的记为逾期。条例只规定一般每年1次，未规定月份；"
                        + "民主评议可与组织生活会（一般在第四季度召开）结合进行，故默认10月。",
                "10", new Whole(1, 12, "月")));
    }

    /** A past year (the subject), once last year's duties are no longer listed. */
    @Override
    public boolean lapsed(String subject, LocalDate today) {
        return RuleContext.lapsed(Integer.parseInt(subject), today);
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(AppraisalFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        AppraisalFacts appraisal = facts.get(AppraisalFacts.class);
        int month = context.parameters().whole(DUE_MONTH);
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        int last = today.getYear() - 1;
        if (context.showsPreviousYear() && heldTo(appraisal, last, month) && appraisal.heldIn(last).isEmpty()) {
            found.add(finding(facts, last, month, Severity.OVERDUE,
                    last + "年度民主评议党员未开展（未登记），已逾期"));
        }
        int year = today.getYear();
        LocalDate dueFrom = LocalDate.of(year, month, 1);
        if (!today.isBefore(dueFrom) && heldTo(appraisal, year, month) && appraisal.heldIn(year).isEmpty()) {
            found.add(finding(facts, year, month, Severity.DUE,
                    year + "年度民主评议党员尚未登记，应于" + year + "年12月31日前完成"));
        }
        return found;
    }

    /** Whether the branch existed when the year's appraisal became due (an unrecorded 成立日期 counts as yes). */
    private static boolean heldTo(AppraisalFacts facts, int year, int month) {
        return facts.establishedOn() == null || facts.establishedOn().isBefore(LocalDate.of(year, month, 1));
    }

    private FindingDraft finding(OrgFacts facts, int year, int month, Severity severity, String what) {
        LocalDate deadline = LocalDate.of(year, 12, 31);
        return new FindingDraft(String.valueOf(year), severity, what + cite("民主评议党员一般每年开展1次"), deadline,
                facts("年度", year, "提醒起始", year + "年" + month + "月1日", "完成期限", deadline, "已登记", "无"),
                "/appraisals?orgId=" + facts.org().id() + "&year=" + year);
    }
}
