package cn.dangjian.responsibility.internal;

import java.util.List;

import cn.dangjian.responsibility.DutyCycle;
import cn.dangjian.responsibility.DutyDraft;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.DutyPost;
import cn.dangjian.responsibility.Evidence;

import static cn.dangjian.responsibility.DutyCycle.MONTHLY;
import static cn.dangjian.responsibility.DutyCycle.ONGOING;
import static cn.dangjian.responsibility.DutyCycle.QUARTERLY;
import static cn.dangjian.responsibility.DutyCycle.TERM;
import static cn.dangjian.responsibility.DutyCycle.YEARLY;
import static cn.dangjian.responsibility.DutyLevel.BRANCH;
import static cn.dangjian.responsibility.DutyLevel.GENERAL_BRANCH;
import static cn.dangjian.responsibility.DutyLevel.PARTY_COMMITTEE;
import static cn.dangjian.responsibility.DutyPost.DEPUTY;
import static cn.dangjian.responsibility.DutyPost.MEMBER;
import static cn.dangjian.responsibility.DutyPost.ORGANIZATION;
import static cn.dangjian.responsibility.DutyPost.SECRETARY;

/**
 * The list a 工委 starts from when it has none of its own from last year (ZR-02 practice: duties by level and post,
 * each with its basis in the rule catalogue): every duty the platform's records can evidence names them; the few
 * they cannot (述职, 一岗双责 by portfolio) are there too, to be stated in a sentence, never proved with uploads.
 */
final class DutyTemplate {

    private DutyTemplate() {
    }

    static List<DutyDraft> duties() {
        return List.of(
                d(PARTY_COMMITTEE, ORGANIZATION, "党组织设置应建尽建，所属党支部设置符合规定", "ZB-01", ONGOING, Evidence.STRUCTURE),
                d(PARTY_COMMITTEE, ORGANIZATION, "班子配备齐全，按规定设立纪委或纪检委员", "JG-05", TERM, Evidence.COMMITTEE),
                d(PARTY_COMMITTEE, ORGANIZATION, "按期换届，届满前按程序报批", "XJ-01", TERM, Evidence.TERM),
                d(PARTY_COMMITTEE, ORGANIZATION, "发展党员按程序、按时限办理", "FZ-03", ONGOING, Evidence.RECRUITMENT),
                d(PARTY_COMMITTEE, ORGANIZATION, "党费按期收缴、按时上缴", "DF-22", QUARTERLY, Evidence.DUES),
                d(PARTY_COMMITTEE, ORGANIZATION, "组织关系转接及时办理，介绍信回执及时收回", "ZJ-04", ONGOING, Evidence.TRANSFERS),
                d(PARTY_COMMITTEE, ORGANIZATION, "上级督办事项按期反馈，交办事项及时审核销号", "DB-01", ONGOING, Evidence.TASKS),
                d(PARTY_COMMITTEE, ORGANIZATION, "巡视巡察反馈问题按期整改销号", "ZG-03", ONGOING, Evidence.RECTIFICATION),
                d(PARTY_COMMITTEE, SECRETARY, "履行抓党建第一责任人职责，每年向上级党组织述职并接受评议", "JG-14", YEARLY, null),
                d(PARTY_COMMITTEE, MEMBER, "按分工抓好分管领域党的建设，落实一岗双责", "JG-11", ONGOING, null),
                d(GENERAL_BRANCH, ORGANIZATION, "按期换届", "XJ-01", TERM, Evidence.TERM),
                d(GENERAL_BRANCH, ORGANIZATION, "督促所属党支部落实三会一课", "ZB-08", QUARTERLY, Evidence.COMMITTEE_MEETING),
                d(GENERAL_BRANCH, SECRETARY, "每年向上级党组织述职", "JG-14", YEARLY, null),
                d(BRANCH, ORGANIZATION, "每季度至少召开一次支部党员大会", "ZB-08", QUARTERLY, Evidence.BRANCH_ASSEMBLY),
                d(BRANCH, ORGANIZATION, "每月召开支部委员会会议", "ZB-09", MONTHLY, Evidence.COMMITTEE_MEETING),
                d(BRANCH, ORGANIZATION, "党小组每月召开党小组会", "ZB-10", MONTHLY, Evidence.GROUP_MEETING),
                d(BRANCH, SECRETARY, "每年至少为党员讲一次党课", "ZB-12", YEARLY, Evidence.PARTY_LESSON),
                d(BRANCH, ORGANIZATION, "每月相对固定一天开展主题党日", "JY-02", MONTHLY, Evidence.THEME_DAY),
                d(BRANCH, ORGANIZATION, "每年至少召开一次组织生活会", "ZB-14", YEARLY, Evidence.ORG_LIFE_MEETING),
                d(BRANCH, ORGANIZATION, "每年开展民主评议党员", "ZB-16", YEARLY, Evidence.APPRAISAL),
                d(BRANCH, SECRETARY, "支部委员之间、支部委员和党员之间谈心谈话全覆盖", "ZB-15", YEARLY, Evidence.TALKS),
                d(BRANCH, ORGANIZATION, "按期换届", "XJ-01", TERM, Evidence.TERM),
                d(BRANCH, ORGANIZATION, "党费按月收缴，不拖欠", "DF-13", MONTHLY, Evidence.DUES),
                d(BRANCH, ORGANIZATION, "加强党员教育管理，及时联系失联和长期不参加组织生活的党员", "JY-08", ONGOING, Evidence.MEMBERS),
                d(BRANCH, DEPUTY, "协助书记抓好支部建设，书记不在时主持工作", "ZB-17", ONGOING, null),
                d(BRANCH, MEMBER, "组织委员、宣传委员、纪检委员按分工履职", "JG-11", ONGOING, null));
    }

    private static DutyDraft d(DutyLevel level, DutyPost post, String text, String basis, DutyCycle cycle,
                               Evidence evidence) {
        return new DutyDraft(null, level, post, text, basis, cycle, evidence);
    }
}
