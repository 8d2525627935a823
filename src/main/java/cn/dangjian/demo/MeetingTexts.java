package cn.dangjian.demo;

import java.util.List;
import java.util.Random;

/** The words of the demo's organizational life: themes, topics, lecture titles, places and leave reasons. */
final class MeetingTexts {

    static final List<String> THEMES = List.of(
            "学习贯彻党的二十届四中全会精神", "重温入党誓词", "党纪学习教育", "志愿服务进社区",
            "学习《中国共产党支部工作条例（试行）》", "学习贯彻习近平新时代中国特色社会主义思想",
            "走进红色教育基地，传承红色基因", "深入学习贯彻中央八项规定精神", "“七一”重温入党初心",
            "廉洁文化进机关", "学习《中国共产党纪律处分条例》", "结对共建，服务群众办实事");
    static final List<String> COMMITTEE_TOPICS = List.of(
            "研究本月党建工作安排", "讨论确定入党积极分子", "研究党费收缴情况", "研究主题党日活动方案",
            "研究党员教育培训计划", "研究支部年度工作计划", "研究谈心谈话安排", "研究意识形态工作");
    static final List<String> GROUP_TOPICS = List.of(
            "学习习近平总书记重要讲话精神", "传达支部党员大会精神", "交流学习体会", "学习党章党规",
            "讨论本组党员思想工作情况", "学习上级会议精神");
    static final List<String> LESSONS = List.of(
            "深刻把握中国式现代化的科学内涵", "以党的自我革命引领社会革命", "坚定理想信念，筑牢信仰之基",
            "严守政治纪律和政治规矩", "弘扬伟大建党精神", "做新时代合格共产党员",
            "学习贯彻党的二十届四中全会精神", "树立和践行正确政绩观");
    static final List<String> ASSEMBLY_TOPICS = List.of(
            "听取支部委员会工作报告", "传达学习上级党组织会议精神", "通报支部季度工作情况",
            "部署下阶段党建工作");
    static final List<String> VOTES = List.of(
            "讨论预备党员转正", "讨论接收预备党员", "表决推荐优秀共产党员人选", "表决支部年度工作计划");
    static final List<String> PLACES = List.of("机关党员活动室", "三楼会议室", "五楼小会议室", "党建活动阵地");
    static final List<String> REASONS = List.of("出差", "病假", "外出培训", "值班", "事假");
    static final List<String> CADRE_REASONS = List.of("出差", "外出培训", "参加上级会议");

    private MeetingTexts() {
    }

    static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
