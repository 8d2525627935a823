package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.MemberLifeFacts;
import cn.dangjian.life.AttendanceRun;
import org.springframework.stereotype.Component;

/**
 * JY-12 (第三十一条（六）): a member who, without good reason, has not taken part in organizational life for 6
 * consecutive months is to be removed as 自行脱党 (after the branch has talked with them). Read from the
 * attendance records, which list the members a meeting expected:
 * <ul>
 *   <li>"not taking part" is being expected at meetings and <em>absent</em> (缺席). A recorded leave (请假, which
 *   requires a reason) is a good reason and ends the run, as an attendance does. A member the branch expected at no
 *   meeting at all has not refused anything: a branch that holds no meetings is the meeting-schedule rules'
 *   finding, not its members'.</li>
 *   <li>the run starts on the day of the last meeting attended or excused, or — for a member never seen — of the
 *   first meeting missed; it is a finding once at least one meeting was missed since and 6 months have passed
 *   (start + 6 months ≤ today: exactly 6 months counts, 5 months 30 days does not). Meetings of every branch
 *   count, so a member who moved keeps their record.</li>
 * </ul>
 * "6 consecutive months" is national (also 党章 and DF-13) and verified (V): a constant, not a local parameter.
 * 流动党员 take part in organizational life where they are (JY-13), which these records do not show, and 失联
 * members are JY-08's matter ({@link LostContactRule}); both are left out. One {@link Severity#VIOLATION} per
 * member (subject = member id) on the branch holding them; it closes when they attend or are excused, or leave
 * the roll (出党, 停止党籍).
 */
@Component
class AbsenceFromOrgLifeRule extends CatalogueRule {

    static final int MONTHS = 6;

    AbsenceFromOrgLifeRule() {
        super("members.absent-from-org-life", "JY-12", EDUCATION_RULES + "第三十一条（六）", 1,
                RuleCategory.MEMBERS, "党员无正当理由连续6个月不参加党的组织生活");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(MemberLifeFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(MemberLifeFacts.class).members().stream()
                .filter(m -> !m.member().mobile() && !m.member().lostContact() && m.absences() != null)
                .filter(m -> !m.absences().since().plusMonths(MONTHS).isAfter(today))
                .map(m -> {
                    AttendanceRun run = m.absences();
                    String last = run.lastPresent() == null ? "无出席记录" : run.lastPresent().toString();
                    String message = "党员" + m.member().name() + "自" + run.since() + "以来连续" + MONTHS
                            + "个月以上未参加党的组织生活（期间缺席" + run.absences() + "次且未请假，最后一次出席："
                            + last + "），应及时谈话教育并按规定处置" + cite("无正当理由连续6个月不参加党的组织生活的，按自行脱党予以除名");
                    return new FindingDraft(String.valueOf(m.member().id()), Severity.VIOLATION, message, null,
                            facts("党员", m.member().name(), "最后一次出席", last,
                                    "最后一次出席或请假", run.lastAccounted() == null ? "无" : run.lastAccounted(),
                                    "此后缺席", run.absences() + "次", "首次缺席", run.firstAbsence()),
                            memberPage(m.member().id()));
                }).toList();
    }
}
