package cn.dangjian.workbench.web;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.ComplianceAttention;
import cn.dangjian.compliance.FindingQuery;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.Severity;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A 机关党委's or the 工委's day: the sub-organizations that need attention, worst first, with why; and the questions
 * asked most, each answered with a count, the first few and a link to the whole answer. Organizations only — no
 * people ranked or scored.
 */
@Component
class OversightHome {

    static final int ATTENTION = 10;
    static final int FIRST = 5;
    /** 近三个月: the last three complete months. */
    static final int MONTHS = 3;
    /** The catalogue id of the reminder of an expiring term (XJ-09). */
    static final String TERM_EXPIRING = "XJ-09";

    private final Compliance compliance;
    private final ComplianceAttention attention;
    private final OrgUnits orgs;

    OversightHome(Compliance compliance, ComplianceAttention attention, OrgUnits orgs) {
        this.compliance = compliance;
        this.attention = attention;
        this.orgs = orgs;
    }

    void fill(AccessScope scope, long orgId, Model model) {
        PageRequest first = new PageRequest(1, FIRST);
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("attention", attention.needingAttention(scope, orgId, ATTENTION));
        model.addAttribute("themeDay", attention.missedEveryMonth(scope, orgId, ComplianceAttention.THEME_DAY,
                MONTHS, FIRST));
        model.addAttribute("recruitmentLate", compliance.findings(scope,
                new FindingQuery(orgId, false, RuleCategory.RECRUITMENT, Severity.OVERDUE, null, false), first));
        model.addAttribute("termsEnding", compliance.findings(scope,
                new FindingQuery(orgId, false, RuleCategory.COMMITTEE, null, TERM_EXPIRING, false), first));
        model.addAttribute("months", MONTHS);
        model.addAttribute("themeDayRule", ComplianceAttention.THEME_DAY);
        model.addAttribute("termRule", TERM_EXPIRING);
    }
}
