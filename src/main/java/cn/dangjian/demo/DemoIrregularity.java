package cn.dangjian.demo;

/**
 * A deliberate irregularity in the demo data, for compliance checks to find: which rule it breaks, the
 * organization (or, for {@link Kind#UNIT_WITHOUT_BRANCH}, the unit; for the recruitment kinds, the 发展党员 case,
 * named by the applicant and the branch) it concerns, and what is wrong.
 */
public record DemoIrregularity(Kind kind, String rule, long subjectId, String subjectName, String description) {

    public enum Kind {
        /** a branch committee whose term ended more than a year ago, beyond the delay XJ-01 allows. */
        TERM_EXPIRED("XJ-01"),
        /** a branch with fewer than 3 full members, which should join a 联合党支部 (ZB-03). */
        TOO_FEW_FULL_MEMBERS("ZB-03"),
        /** a branch with more than 50 members (ZB-02). */
        OVERSIZED_BRANCH("ZB-02"),
        /** a branch with 7 or more full members and no committee, only a secretary (ZB-17, JG-03). */
        MISSING_COMMITTEE("ZB-17"),
        /** a unit with 3 or more full members and no branch of its own (ZB-01, 应建未建). */
        UNIT_WITHOUT_BRANCH("ZB-01"),
        /** a branch that held no 主题党日 for three consecutive months (JY-02). */
        THEME_DAY_MISSED("JY-02"),
        /** a branch that held no 支部党员大会 in one quarter (ZB-08). */
        ASSEMBLY_MISSED("ZB-08"),
        /** a 支部党员大会 that voted although no more than half of the members with voting rights came (ZB-08). */
        VOTE_WITHOUT_QUORUM("ZB-08"),
        /** a meeting recorded more than 7 days after it was held (补录; the allowance is a local parameter). */
        LATE_ENTRY("补录"),
        /** an applicant nobody has talked with, more than a month after the application (FZ-03). */
        TALK_OVERDUE("FZ-03"),
        /** an activist whose half-yearly assessment is overdue (FZ-06). */
        ASSESSMENT_OVERDUE("FZ-06"),
        /** a candidate admitted by the branch assembly more than three months ago, the 党委 not yet approving (FZ-19). */
        APPROVAL_OVERDUE("FZ-19"),
        /** a probationary member whose year ended weeks ago, 转正 not yet discussed by the branch (FZ-22). */
        CONFIRMATION_OVERDUE("FZ-22"),
        /** a member who has paid no dues for the last six months (DF-13). */
        DUES_LAPSE("DF-13"),
        /** a branch that has not handed up the last quarter's dues past the deadline (DF-22). */
        REMITTANCE_LATE("DF-22");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
