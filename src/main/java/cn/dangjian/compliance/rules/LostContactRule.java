package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.MemberLifeFacts;
import org.springframework.stereotype.Component;

/**
 * JY-08 (b) (第二十四条): a member who has lost contact (失联) for 6 months or more and still cannot be reached is
 * generally to have their 党籍 suspended (停止党籍). A member recorded as 失联 since a day at least 6 months ago
 * (since + 6 months ≤ today) and still on the roll (正常 or 留党察看, not yet suspended) is {@link Severity#OVERDUE},
 * with the day the 6 months were reached as the deadline; one finding per member (subject = member id) on the
 * branch holding them. It closes when contact is restored or 停止党籍 is recorded. 6 months is verified (V): a
 * constant. A 失联 record without a date cannot be timed and is left out.
 */
@Component
class LostContactRule extends CatalogueRule {

    static final int MONTHS = 6;

    LostContactRule() {
        super("members.lost-contact", "JY-08", EDUCATION_RULES + "第二十四条", 1, RuleCategory.MEMBERS,
                "失去联系满6个月的党员应按规定停止党籍");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(MemberLifeFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(MemberLifeFacts.class).members().stream()
                .map(MemberLifeFacts.Member::member)
                .filter(m -> m.lostContact() && m.lostContactSince() != null)
                .filter(m -> !m.lostContactSince().plusMonths(MONTHS).isAfter(today))
                .map(m -> {
                    LocalDate reached = m.lostContactSince().plusMonths(MONTHS);
                    String message = "党员" + m.name() + "自" + m.lostContactSince() + "失去联系已满" + MONTHS
                            + "个月，仍为" + m.status().label() + "状态；经多方查找仍无法取得联系的，应停止其党籍"
                            + cite("党组织与党员失去联系满6个月、经多方查找仍无法取得联系的，一般应当停止其党籍");
                    return new FindingDraft(String.valueOf(m.id()), Severity.OVERDUE, message, reached,
                            facts("党员", m.name(), "失联日期", m.lostContactSince(), "满6个月", reached,
                                    "党籍状态", m.status().label()),
                            memberPage(m.id()));
                }).toList();
    }
}
