package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.duty.DutyFacts;
import cn.dangjian.duty.DutyFacts.DueReports;
import org.springframework.stereotype.Component;

/**
 * ZG-01 (《中国共产党巡视工作条例》2015年 第二十七条): after an inspection's feedback the inspected organization sends
 * the 整改情况报告 and the 主要负责人组织落实情况报告 within the parameter's months (2 for a 巡视). {@link Severity#DUE}
 * from the feedback until the day they are due, {@link Severity#OVERDUE} after; one finding per inspection (subject
 * = {@code inspection-} and its id), naming what is still to send.
 */
@Component
class RectificationReportRule extends DutyRule {

    RectificationReportRule() {
        super("rectification-report", "ZG-01", "《中国共产党巡视工作条例》（2015年）第二十七条", "整改报告待报送或逾期");
    }

    @Override
    public String attentionReason(int count) {
        return "整改报告未按期报送" + count + "项";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        for (DueReports r : facts.get(DutyFacts.class).reports()) {
            List<String> missing = new ArrayList<>();
            if (!r.rectificationReportSent()) {
                missing.add("整改情况报告");
            }
            if (!r.leaderReportSent()) {
                missing.add("主要负责人组织落实情况报告");
            }
            boolean overdue = today.isAfter(r.dueOn());
            found.add(new FindingDraft("inspection-" + r.inspectionId(), overdue ? Severity.OVERDUE : Severity.DUE,
                    r.inspection() + "于" + r.feedbackOn() + "反馈，" + String.join("和", missing) + (overdue ? "应于"
                            + r.dueOn() + "前报送，已逾期" : "应于" + r.dueOn() + "前报送")
                            + cite("收到反馈意见后，整改情况报告和主要负责人组织落实情况报告在规定期限内报送"), r.dueOn(),
                    facts("检查", r.inspection(), "反馈日期", r.feedbackOn(), "应报送", String.join("、", missing),
                            "报送期限", r.dueOn()), inspectionPage(r.inspectionId()),
                    overdue ? r.dueOn().plusDays(1) : r.feedbackOn()));
        }
        return found;
    }
}
