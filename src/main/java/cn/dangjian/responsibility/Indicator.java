package cn.dangjian.responsibility;

import java.util.List;
import java.util.Set;

import cn.dangjian.shared.CodedValue;

import static cn.dangjian.responsibility.DutyLevel.BRANCH;
import static cn.dangjian.responsibility.DutyLevel.GENERAL_BRANCH;
import static cn.dangjian.responsibility.DutyLevel.PARTY_COMMITTEE;

/**
 * The catalogue a 机关工委 or 机关党委 chooses its year's assessment indicators from (ZR-07): each one an outcome the
 * platform's records already show — the share of organizations of its levels that missed nothing the rules behind
 * its {@link Evidence} ask for in the year. There is deliberately no indicator of online time, study hours,
 * check-ins, points, rankings, likes, photos, notes or numbers of documents and ledgers (ZR-04, ZR-05): such
 * things measure traces, not work, and national rules forbid them as assessment criteria.
 */
public enum Indicator implements CodedValue {
    BRANCH_ASSEMBLY("1", "支部党员大会按期召开", "本年度支部党员大会均按期召开的党支部数 ÷ 党支部总数",
            List.of("ZB-08"), Set.of(BRANCH), Evidence.BRANCH_ASSEMBLY),
    COMMITTEE_MEETING("2", "支委会按期召开", "本年度支部委员会会议均按期召开的党支部数 ÷ 党支部总数",
            List.of("ZB-09"), Set.of(BRANCH), Evidence.COMMITTEE_MEETING),
    PARTY_LESSON("3", "党课按期讲授", "本年度党课均按期讲授的党支部数 ÷ 党支部总数",
            List.of("ZB-12"), Set.of(BRANCH), Evidence.PARTY_LESSON),
    ORG_LIFE_MEETING("4", "组织生活会按期召开", "本年度按期召开组织生活会的党支部数 ÷ 党支部总数",
            List.of("ZB-14"), Set.of(BRANCH), Evidence.ORG_LIFE_MEETING),
    APPRAISAL("5", "民主评议党员按期开展", "本年度按期开展民主评议党员的党支部数 ÷ 党支部总数",
            List.of("ZB-16"), Set.of(BRANCH), Evidence.APPRAISAL),
    TALKS("6", "谈心谈话全覆盖", "本年度谈心谈话按规定覆盖支部委员和党员的党支部数 ÷ 党支部总数",
            List.of("ZB-15"), Set.of(BRANCH), Evidence.TALKS),
    TERM("7", "按期换届", "本年度没有届满未换届的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("XJ-01", "XJ-09"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH), Evidence.TERM),
    COMMITTEE("8", "班子配备齐全", "本年度书记、委员和纪检委员均按规定配备的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("JG-04", "ZB-17", "JG-05"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH), Evidence.COMMITTEE),
    RECRUITMENT("9", "发展党员按时限办理", "本年度发展党员各环节均在规定时限内办理的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("FZ-03", "FZ-13", "FZ-19", "FZ-22"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH),
            Evidence.RECRUITMENT),
    DUES("10", "党费按期收缴上缴", "本年度没有逾期未收缴、未按时上缴党费的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("DF-13", "DF-22"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH), Evidence.DUES),
    TRANSFERS("11", "组织关系转接及时办理", "本年度组织关系转接没有逾期环节的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("JY-09", "ZJ-04", "ZJ-09"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH), Evidence.TRANSFERS),
    TASKS("12", "督办事项按期办结", "本年度承办的督办事项均按期反馈、办结的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("DB-01", "DB-04"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH), Evidence.TASKS),
    RECTIFICATION("13", "整改事项按期销号", "本年度巡视巡察反馈问题均按期整改销号的党组织数 ÷ 党组织总数（机关党委、党总支、党支部）",
            List.of("ZG-01", "ZG-03"), Set.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH), Evidence.RECTIFICATION);

    private final String code;
    private final String label;
    private final String formula;
    private final List<String> ruleIds;
    private final Set<DutyLevel> levels;
    private final Evidence evidence;

    Indicator(String code, String label, String formula, List<String> ruleIds, Set<DutyLevel> levels,
              Evidence evidence) {
        this.code = code;
        this.label = label;
        this.formula = formula;
        this.ruleIds = ruleIds;
        this.levels = levels;
        this.evidence = evidence;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** How the figure is computed, as the page shows it. */
    public String formula() {
        return formula;
    }

    /** The catalogue rules (e.g. ZB-08) whose findings the figure counts. */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /** The levels of the organizations counted. */
    public Set<DutyLevel> levels() {
        return levels;
    }

    public boolean counts(DutyLevel level) {
        return level != null && levels.contains(level);
    }

    /** The records the figure reads, through the findings of their rules. */
    public Evidence evidence() {
        return evidence;
    }

    /** 「机关党委、党总支、党支部」 in the tree's order. */
    public String levelLabels() {
        return String.join("、", java.util.Arrays.stream(DutyLevel.values()).filter(levels::contains)
                .map(DutyLevel::label).toList());
    }
}
