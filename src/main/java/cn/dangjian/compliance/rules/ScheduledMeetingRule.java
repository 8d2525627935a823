package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.ScheduleFacts;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingPlans;
import cn.dangjian.life.schedule.ItemState;
import cn.dangjian.life.schedule.ScheduleItem;
import cn.dangjian.life.schedule.ScheduleParameters;
import cn.dangjian.life.schedule.ScheduleRule;

/**
 * One meeting type's schedule rule (ZB-08 支部党员大会, ZB-09 支委会, ZB-10 党小组会, ZB-12 党课, JY-02 主题党日,
 * ZB-14 组织生活会) as findings: each period of last year and this year whose meeting is overdue, and the current
 * period's meeting while it is due — one finding per period (and party group), closed as soon as the meeting is
 * recorded. The frequency is the
 * parameter in force for the branch, applied by the life module's plan.
 */
public class ScheduledMeetingRule implements ComplianceRule {

    private final MeetingType type;
    private final ScheduleRule rule;

    public ScheduledMeetingRule(MeetingType type) {
        this.type = type;
        this.rule = ScheduleParameters.defaults().rule(type)
                .orElseThrow(() -> new IllegalArgumentException("no schedule rule for " + type));
    }

    @Override
    public String code() {
        return "meetings.schedule." + type.name().toLowerCase().replace('_', '-');
    }

    @Override
    public String ruleId() {
        return rule.ruleId();
    }

    @Override
    public String article() {
        return rule.article();
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public RuleCategory category() {
        return RuleCategory.MEETINGS;
    }

    @Override
    public String title() {
        return "按期召开" + type.label() + "（默认" + rule.frequency().label() + rule.timesPerPeriod() + "次，频次以规则参数为准）";
    }

    @Override
    public String attentionReason(int count) {
        return type.label() + count + "期未按期召开";
    }

    @Override
    public List<String> reads() {
        return List.of(MeetingPlans.frequencyParameter(type));
    }

    /** A period of a past year, once last year's duties are no longer listed (subject {@code 2025-10-01[/group]}). */
    @Override
    public boolean lapsed(String subject, LocalDate today) {
        return RuleContext.lapsed(Integer.parseInt(subject.substring(0, 4)), today);
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.find(ScheduleFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        List<FindingDraft> found = new ArrayList<>();
        List<ScheduleItem> items = facts.get(ScheduleFacts.class).schedules().stream().flatMap(s -> s.items(type).stream())
                .toList();
        for (ScheduleItem item : items) {
            Severity severity = item.state() == ItemState.OVERDUE ? Severity.OVERDUE
                    : item.state() == ItemState.DUE ? Severity.DUE : null;
            if (severity == null) {
                continue;
            }
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put("期间", item.period().label());
            shown.put("应召开", item.required() + "次");
            shown.put("已召开", item.held() + "次");
            String subject = item.period().start() + (item.partyGroupId() == null ? "" : "/" + item.partyGroupId());
            String fix = "/meetings/new?orgId=" + facts.org().id() + "&type=" + type.name()
                    + (item.partyGroupId() == null ? "" : "&partyGroupId=" + item.partyGroupId());
            LocalDate since = severity == Severity.OVERDUE ? item.deadline().plusDays(1) : rule.dueFrom(item.period());
            found.add(new FindingDraft(subject, severity, item.message(), item.deadline(), shown, fix, since));
        }
        return found;
    }
}
