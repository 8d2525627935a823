package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.MemberLifeFacts;
import cn.dangjian.life.QuarterAttendance;
import org.springframework.stereotype.Component;

/**
 * JG-09 (第二十六条（一）) with JY-01 (第十六条): 党员领导干部 take part in their branch's organizational life as
 * ordinary members (双重组织生活), and the 机关党委 reports it to the higher organization. For each leading cadre
 * (the member flag) on the branch's roll and each of the last four <em>completed</em> quarters (a quarter is
 * complete from the first day of the next one): expected at one or more of the branch's meetings and present at
 * none is a {@link Severity#VIOLATION}; if every one was a recorded leave (请假) it is {@link Severity#ADVICE}, worth
 * a look rather than a breach. A quarter in which the branch expected them at nothing is the meeting-schedule
 * rules' matter. The finding sits on the <em>branch</em> (subject = member id and quarter): that is where the
 * cadre's organizational life is held and recorded, and findings roll up to the 机关党委, which sees every
 * branch's cadres in its matrix and 组织生活 overview for its report.
 */
@Component
class CadreDualLifeRule extends CatalogueRule {

    static final int QUARTERS = 4;

    CadreDualLifeRule() {
        super("members.cadre-dual-life", "JG-09", ORGAN_RULES + "第二十六条；" + EDUCATION_RULES + "第十六条",
                1, RuleCategory.MEMBERS, "党员领导干部参加所在党支部组织生活（双重组织生活）");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type().isBranch() && facts.find(MemberLifeFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        LocalDate currentQuarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        List<FindingDraft> found = new ArrayList<>();
        for (MemberLifeFacts.Member m : facts.get(MemberLifeFacts.class).members()) {
            if (!m.member().leadingCadre()) {
                continue;
            }
            for (int back = QUARTERS; back >= 1; back--) {
                LocalDate start = currentQuarter.minusMonths(3L * back);
                int year = start.getYear();
                int quarter = (start.getMonthValue() - 1) / 3 + 1;
                QuarterAttendance q = m.quarters().stream()
                        .filter(a -> a.orgId() == facts.org().id() && a.year() == year && a.quarter() == quarter)
                        .findFirst().orElse(null);
                if (q == null || q.expected() == 0 || q.present() > 0) {
                    continue;
                }
                boolean allExcused = q.excused() == q.expected();
                String period = year + "年第" + quarter + "季度";
                String message = "党员领导干部" + m.member().name() + period + "未参加本支部组织生活（应参加" + q.expected()
                        + "次，出席0次" + (q.excused() > 0 ? "，请假" + q.excused() + "次" : "") + "）"
                        + (allExcused ? "，均为请假，请关注" : "，应作为普通党员参加双重组织生活")
                        + cite("党员领导干部应参加双重组织生活，机关基层党组织定期检查并向上级报告");
                found.add(new FindingDraft(m.member().id() + "/" + year + "-Q" + quarter,
                        allExcused ? Severity.ADVICE : Severity.VIOLATION, message, start.plusMonths(3).minusDays(1),
                        facts("党员领导干部", m.member().name(), "季度", period, "应参加", q.expected() + "次",
                                "出席", q.present() + "次", "请假", q.excused() + "次",
                                "缺席", (q.expected() - q.present() - q.excused()) + "次"),
                        "/meetings/overview?orgId=" + facts.org().id() + "&year=" + year + "&quarter=" + quarter));
            }
        }
        return found;
    }
}
