package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.EndedReduction;
import org.springframework.stereotype.Component;

/**
 * DF-07 (第七条): a 少交/免交 is approved for a period. A member on the roll whose approved reduction has ended, with
 * no later application or approval, is {@link Severity#DUE}: they apply again if still in hardship, or pay the
 * assessed amount from the month after. One per member (subject {@code 2026-05/8}: the last month and the member
 * id), dated from the first day after that month. It closes when a new application is recorded; the dues module
 * reports a reduction for {@value #SHOWN_MONTHS} months after it ended, after which the finding lapses.
 */
@Component
class ReductionEndedRule extends DuesRule {

    /** How long after its last month the dues module still reports an ended reduction. */
    static final int SHOWN_MONTHS = cn.dangjian.dues.DuesFacts.ENDED_REDUCTION_MONTHS;

    ReductionEndedRule() {
        super("reduction-ended", "DF-07", DUES_RULES + "第七条", "少交、免交党费的批准期限届满");
    }

    @Override
    public boolean lapsed(String subject, LocalDate today) {
        YearMonth until = YearMonth.parse(subject.substring(0, subject.indexOf('/')));
        return until.isBefore(YearMonth.from(today).minusMonths(SHOWN_MONTHS));
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        return facts.get(DuesFacts.class).endedReductions().stream().map(this::finding).toList();
    }

    private FindingDraft finding(EndedReduction r) {
        String kind = r.exempt() ? "免交" : "少交";
        String message = "党员" + r.name() + "的" + kind + "批准期限已于" + month(r.until()) + "届满：仍有困难的请本人重新申请，"
                + "否则自" + month(r.until().plusMonths(1)) + "起按核定数额收缴"
                + cite("生活确有困难的党员，经党支部研究并报上一级党委批准，可以少交或免交党费");
        return new FindingDraft(r.until() + "/" + r.memberId(), Severity.DUE, message, null,
                facts("党员", r.name(), "批准事项", kind + "党费", "批准期限至", month(r.until())),
                duesMemberPage(r.memberId()), r.until().plusMonths(1).atDay(1));
    }
}
