package cn.dangjian.responsibility;

import java.util.List;

import cn.dangjian.shared.CodedValue;

/**
 * The platform records that evidence a duty, named by the compliance rules that read them: a duty evidenced by
 * the 支部党员大会 records is due while ZB-08's finding for the current quarter is open, overdue when it is
 * overdue, and done when the meeting is recorded and the finding closes — nobody uploads proof. {@code codePrefixes}
 * are rule codes or their beginnings (every code starts with its category's); {@code records} is the page where the
 * records behind the status are, with {@code {orgId}} for the organization.
 */
public enum Evidence implements CodedValue {
    BRANCH_ASSEMBLY("1", "支部党员大会记录", "/meetings?orgId={orgId}&type=BRANCH_ASSEMBLY",
            "meetings.schedule.branch-assembly", "meetings.vote-quorum.branch-assembly"),
    COMMITTEE_MEETING("2", "支委会记录", "/meetings?orgId={orgId}&type=COMMITTEE_MEETING",
            "meetings.schedule.committee-meeting", "meetings.vote-quorum.committee-meeting"),
    GROUP_MEETING("3", "党小组会记录", "/meetings?orgId={orgId}&type=GROUP_MEETING", "meetings.schedule.group-meeting"),
    PARTY_LESSON("4", "党课记录", "/meetings?orgId={orgId}&type=PARTY_LESSON", "meetings.schedule.party-lesson"),
    THEME_DAY("5", "主题党日记录", "/meetings?orgId={orgId}&type=THEME_DAY", "meetings.schedule.theme-day"),
    ORG_LIFE_MEETING("6", "组织生活会记录", "/meetings?orgId={orgId}&type=ORG_LIFE_MEETING",
            "meetings.schedule.org-life-meeting"),
    TALKS("7", "谈心谈话记录", "/talks?orgId={orgId}", "appraisal-talks.heart-to-heart-talks"),
    APPRAISAL("8", "民主评议党员记录", "/appraisals?orgId={orgId}", "appraisal-talks.member-appraisal"),
    TERM("9", "换届选举记录", "/orgs/{orgId}", "committee.term-"),
    COMMITTEE("10", "班子配备记录", "/orgs/{orgId}", "committee.secretary", "committee.branch-committee-",
            "committee.discipline-"),
    STRUCTURE("11", "组织设置记录", "/orgs/{orgId}", "structure."),
    MEMBERS("12", "党员教育管理记录", "/members?orgId={orgId}", "members.lost-contact", "members.absent-from-org-life",
            "members.cadre-dual-life"),
    RECRUITMENT("13", "发展党员记录", "/recruitment?orgId={orgId}", "recruitment."),
    DUES("14", "党费收缴台账", "/dues?orgId={orgId}", "dues."),
    TRANSFERS("15", "组织关系转接记录", "/transfers?orgId={orgId}", "members.transfer-", "members.letter-",
            "members.receipt-", "members.mobile-"),
    TASKS("16", "督查督办记录", "/tasks?orgId={orgId}", "duty.task-"),
    RECTIFICATION("17", "巡视巡察整改记录", "/inspections?orgId={orgId}", "duty.rectification-");

    private final String code;
    private final String label;
    private final String records;
    private final List<String> codePrefixes;

    Evidence(String code, String label, String records, String... codePrefixes) {
        this.code = code;
        this.label = label;
        this.records = records;
        this.codePrefixes = List.of(codePrefixes);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public List<String> codePrefixes() {
        return codePrefixes;
    }

    public boolean matches(String ruleCode) {
        return codePrefixes.stream().anyMatch(ruleCode::startsWith);
    }

    /** The page with the records behind an organization's status. */
    public String records(long orgId) {
        return records.replace("{orgId}", Long.toString(orgId));
    }
}
