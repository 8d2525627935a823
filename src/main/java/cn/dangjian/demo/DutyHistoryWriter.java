package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.duty.AssignTask;
import cn.dangjian.duty.AssignmentView;
import cn.dangjian.duty.InspectionKind;
import cn.dangjian.duty.Inspections;
import cn.dangjian.duty.ItemView;
import cn.dangjian.duty.RecordInspection;
import cn.dangjian.duty.TaskAssignments;
import cn.dangjian.duty.TaskData;
import cn.dangjian.duty.TaskSource;
import cn.dangjian.duty.Tasks;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 督查督办 across a written district, through the duty facades, each step taken by the side whose step it is: the
 * 工委 assigns a self-check to four 机关党委 (the showcase one leading) — one part reported and waiting for the
 * 工委's review, one closed after review, one with an extension asked, one still being done; a quarter's
 * organizational-life report answered by the figures the platform generates and closed, its other part overdue and
 * reminded; a dues check closed in full; a task on 学时 withdrawn; the showcase 机关党委's own task to its branches,
 * which the showcase branch still has to do; and a 巡察 of the showcase 机关党委 with 8 problems in every state.
 */
@Component
class DutyHistoryWriter {

    private final OrgUnits orgs;
    private final Tasks tasks;
    private final TaskAssignments parts;
    private final Inspections inspections;
    private final Clock clock;

    DutyHistoryWriter(OrgUnits orgs, Tasks tasks, TaskAssignments parts, Inspections inspections, Clock clock) {
        this.inspections = inspections;
        this.orgs = orgs;
        this.tasks = tasks;
        this.parts = parts;
        this.clock = clock;
    }

    void write(long rootId, long committeeId, long showcaseBranchId) {
        AccessScope issuer = AccessScope.system();
        LocalDate today = LocalDate.now(clock);
        List<Long> committees = new ArrayList<>(List.of(committeeId));
        orgs.subtree(rootId, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.active() && n.type() == OrgType.PARTY_COMMITTEE && n.id() != committeeId
                        && n.parentId() != null && n.parentId() == rootId)
                .limit(3).forEach(n -> committees.add(n.id()));
        if (committees.size() < 4) {
            return;
        }
        long selfCheck = tasks.assign(issuer, new AssignTask(rootId, "开展党支部标准化规范化建设自查",
                "各机关党委组织所属党支部对照《党支部标准化规范化建设基本标准》逐项自查，形成问题清单，能整改的立即整改。",
                TaskSource.HIGHER_DECISION, "锦直机工〔" + today.getYear() + "〕12号", "提交自查报告和问题清单；问题已整改或列明整改时限",
                today.plusDays(10), committees, committeeId, TaskData.NONE, null, null, today.minusDays(25)));
        report(selfCheck, committees.get(0), "已组织所属党支部全部完成自查，梳理问题9个，已整改6个，3个列入下一年度计划。");
        report(selfCheck, committees.get(1), "所属党支部均已完成自查，发现问题4个，均已整改。");
        close(selfCheck, committees.get(1), "核对问题清单与整改记录一致，同意销号");
        extension(selfCheck, committees.get(2), today.plusDays(30), "本单位正在开展机构改革，党支部调整后再组织自查");
        progress(selfCheck, committees.get(3), "已召开动员会，5个党支部中3个已完成自查");

        int quarter = (today.getMonthValue() - 1) / 3; // the quarter just ended
        int year = quarter == 0 ? today.getYear() - 1 : today.getYear();
        long lifeReport = tasks.assign(issuer, new AssignTask(rootId, "报送第" + "四一二三".charAt(quarter) + "季度组织生活开展情况",
                "报送本系统各党组织上一季度三会一课、主题党日开展情况。", TaskSource.ASSIGNED_BY_HIGHER, "市委直属机关工委通知",
                "报送情况真实完整", today.minusDays(5), committees.subList(0, 2), committeeId, TaskData.MEETINGS, year,
                quarter == 0 ? 4 : quarter, today.minusDays(20)));
        report(lifeReport, committees.get(0), "本系统各党支部按计划开展组织生活，具体数据见平台生成的统计。");
        close(lifeReport, committees.get(0), "数据由平台生成，与各支部会议记录一致，同意销号");
        remind(lifeReport, committees.get(1), "已逾期，请于3个工作日内反馈");

        long duesCheck = tasks.assign(issuer, new AssignTask(rootId, "核查党费收缴情况", "核查本年度党费按月收缴、按期上缴情况，"
                + "欠交的督促补交。", TaskSource.MEETING_DECISION, "工委委员会会议决定", "报送党费收缴情况，欠交已督促",
                today.plusDays(15), List.of(committees.get(3)), null, TaskData.DUES, today.getYear(), 0,
                today.minusDays(12)));
        report(duesCheck, committees.get(3), "已逐支部核查，欠交党员已当面提醒。");
        close(duesCheck, committees.get(3), "核对党费收缴记录，同意销号");

        long hours = tasks.assign(issuer, new AssignTask(rootId, "统计党员学习时长", "统计各党支部党员年度学习时长。",
                TaskSource.OTHER, null, "报送学习时长统计表", today.plusDays(20), List.of(committees.get(2)), null,
                TaskData.NONE, null, null, today.minusDays(3)));
        tasks.withdraw(issuer, hours, tasks.get(issuer, hours).version());

        more(rootId, committees, today);
        inspection(committeeId, today);

        OrgUnitRef committee = orgs.ref(committeeId).orElseThrow();
        List<Long> branches = orgs.subtree(committeeId, new PageRequest(1, 50)).items().stream()
                .filter(n -> n.active() && n.type() == OrgType.BRANCH).map(OrgUnitNode::id).limit(4).toList();
        if (branches.contains(showcaseBranchId) && branches.size() > 1) {
            long study = tasks.assign(issuer, new AssignTask(committee.id(), "组织学习《中国共产党纪律处分条例》并开展警示教育",
                    "以支部党员大会或主题党日形式集中学习，结合本单位案例开展警示教育。", TaskSource.MEETING_DECISION,
                    "机关党委会议决定", "完成集中学习和警示教育，报送开展情况", today.plusDays(15), branches, showcaseBranchId,
                    TaskData.NONE, null, null, today.minusDays(10)));
            branches.stream().filter(b -> b != showcaseBranchId).findFirst()
                    .ifPresent(b -> report(study, b, "已于主题党日集中学习，观看警示教育片，党员逐一谈体会。"));
        }
    }

    /**
     * Seven more of the 工委's tasks, so that the register reads like a year's: one not yet due, one closed, one
     * waiting for review with generated dues figures, one overdue after a reminder, one whose extension was granted,
     * one returned to be done again and the year's organizational-life report in progress.
     */
    private void more(long rootId, List<Long> committees, LocalDate today) {
        AccessScope issuer = AccessScope.system();
        tasks.assign(issuer, new AssignTask(rootId, "落实支部委员与党员谈心谈话全覆盖", "各机关党委督促所属党支部年底前完成"
                + "支部委员之间、支部委员与党员之间的谈心谈话。", TaskSource.HIGHER_DECISION, null, "谈心谈话记录在平台登记",
                today.plusDays(25), committees.subList(0, 2), committees.get(0), TaskData.NONE, null, null,
                today.minusDays(6)));
        long materials = tasks.assign(issuer, new AssignTask(rootId, "规范发展党员档案材料", "对照发展党员工作细则逐份检查"
                + "近两年发展党员的档案材料，缺失的补齐。", TaskSource.FINDING, "2026年发展党员工作检查", "材料齐全，问题已整改",
                today.minusDays(15), List.of(committees.get(1)), null, TaskData.NONE, null, null, today.minusDays(60)));
        report(materials, committees.get(1), "已检查档案材料41份，补齐政治审查材料2份。");
        close(materials, committees.get(1), "抽查5份档案，材料齐全，同意销号");
        long duesYear = tasks.assign(issuer, new AssignTask(rootId, "报送年度党费收缴情况", "报送本年度党费收缴、上缴情况。",
                TaskSource.ASSIGNED_BY_HIGHER, "市委直属机关工委通知", "数据由平台生成", today.plusDays(8),
                List.of(committees.get(2)), null, TaskData.DUES, today.getYear(), 0, today.minusDays(4)));
        report(duesYear, committees.get(2), "本年度党费收缴情况见平台生成的数据。");
        long themeDay = tasks.assign(issuer, new AssignTask(rootId, "整改主题党日形式化问题", "针对主题党日内容单一、"
                + "以会代学的问题，研究改进措施。", TaskSource.INSTRUCTION, "工委书记批示", "报送改进措施", today.minusDays(3),
                List.of(committees.get(3)), null, TaskData.NONE, null, null, today.minusDays(33)));
        remind(themeDay, committees.get(3), "请抓紧报送改进措施");
        long terms = tasks.assign(issuer, new AssignTask(rootId, "做好届满党组织换届准备", "届满前6个月提出换届申请，"
                + "做好候选人推荐准备。", TaskSource.MEETING_DECISION, "工委委员会会议决定", "换届申请已报送", today.plusDays(5),
                List.of(committees.get(0)), null, TaskData.NONE, null, null, today.minusDays(20)));
        extension(terms, committees.get(0), today.plusDays(35), "所属党支部正在调整，调整后一并提出换届申请");
        AssignmentView asked = part(terms, committees.get(0));
        parts.decideExtension(issuer, asked.id(), true, "同意延期至调整完成后", asked.version());
        long training = tasks.assign(issuer, new AssignTask(rootId, "报送党支部书记培训计划", "报送下一年度党支部书记"
                + "轮训计划，写明时间、内容和参训人数。", TaskSource.OTHER, null, "计划完整可行", today.plusDays(12),
                List.of(committees.get(1)), null, TaskData.NONE, null, null, today.minusDays(9)));
        report(training, committees.get(1), "计划于明年3月举办一期培训班。");
        long yearLife = tasks.assign(issuer, new AssignTask(rootId, "报送全年三会一课开展情况", "年终报送本系统全年三会一课、"
                + "主题党日、组织生活会开展情况。", TaskSource.HIGHER_DECISION, null, "数据由平台生成", today.plusDays(27),
                List.of(committees.get(3)), null, TaskData.MEETINGS, today.getYear(), 0, today.minusDays(1)));
        progress(yearLife, committees.get(3), "各党支部正在核对会议记录，月底前反馈");
        AssignmentView reported = part(training, committees.get(1));
        parts.sendBack(issuer, reported.id(), "请写明培训内容和参训人数", reported.version());
    }

    /**
     * The showcase 机关党委's 巡察 feedback 70 days ago with 8 problems: 2 fixed on the spot (one closed by the 工委),
     * 3 reported fixed (one closed, one returned and now past its deadline), 2 more past their deadline and 1 still
     * in time; the 整改情况报告 sent, the 主要负责人组织落实情况报告 not — overdue 10 days after the 2 months.
     */
    private void inspection(long orgId, LocalDate today) {
        LocalDate feedback = today.minusDays(70);
        AccessScope inspected = side(orgId);
        long id = inspections.record(inspected, new RecordInspection(orgId, InspectionKind.CIRCUIT, "区委第二巡察组",
                feedback, List.of(
                item("理论学习中心组学习流于形式，研讨发言准备不充分", "制定年度学习计划，每次学习确定重点发言人", today.plusDays(20), false),
                item("部分党支部三会一课记录要素不全", "逐支部检查会议记录，补齐表决情况和出席情况", feedback.plusDays(30), false),
                item("党费收缴台账未按月登记", "当场补登台账，明确组织委员按月登记", feedback, true),
                item("发展党员材料缺少政治审查意见", "补充政治审查材料，完善发展党员全程纪实", feedback.plusDays(45), false),
                item("谈心谈话未做到全覆盖", "制定谈心谈话计划，年底前完成全覆盖", feedback.plusDays(60), false),
                item("党员活动室制度未上墙", "当场整改", feedback, true),
                item("机关纪委监督执纪问责力度不够", "建立问题线索台账，定期分析研判", feedback.plusDays(40), false),
                item("对巡察反馈问题整改的跟踪督办不够", "建立整改台账，按月调度", feedback.plusDays(50), false))));
        List<ItemView> items = inspections.get(inspected, id).items();
        AccessScope above = AccessScope.system();
        inspections.itemClose(above, id, items.get(2).id(), "核对台账，同意销号", items.get(2).version());
        inspections.itemDone(inspected, id, items.get(1).id(), "各党支部会议记录已补齐", items.get(1).version());
        inspections.itemDone(inspected, id, items.get(3).id(), "已补充政治审查材料", items.get(3).version());
        inspections.itemDone(inspected, id, items.get(4).id(), "已完成谈心谈话38人次", items.get(4).version());
        inspections.itemClose(above, id, items.get(1).id(), "抽查3个党支部会议记录，要素齐全，同意销号",
                inspections.get(above, id).items().get(1).version());
        inspections.itemReturn(above, id, items.get(4).id(), "仍有2名党员未谈，请补齐后再报",
                inspections.get(above, id).items().get(4).version());
        inspections.reportSent(inspected, id, false, feedback.plusDays(55), inspections.get(inspected, id).version());
    }

    private static RecordInspection.NewItem item(String problem, String measures, LocalDate deadline, boolean now) {
        return new RecordInspection.NewItem(problem, measures, deadline, now ? "王建国" : "刘志远", "陈立新", now);
    }

    private void report(long task, long orgId, String text) {
        AssignmentView p = part(task, orgId);
        parts.report(side(orgId), p.id(), text, p.version());
    }

    private void close(long task, long orgId, String note) {
        AssignmentView p = part(task, orgId);
        parts.close(AccessScope.system(), p.id(), note, p.version());
    }

    private void remind(long task, long orgId, String note) {
        AssignmentView p = part(task, orgId);
        parts.remind(AccessScope.system(), p.id(), note, p.version());
    }

    private void progress(long task, long orgId, String note) {
        AssignmentView p = part(task, orgId);
        parts.progress(side(orgId), p.id(), note, p.version());
    }

    private void extension(long task, long orgId, LocalDate until, String reason) {
        AssignmentView p = part(task, orgId);
        parts.requestExtension(side(orgId), p.id(), until, reason, p.version());
    }

    private AssignmentView part(long task, long orgId) {
        return tasks.get(AccessScope.system(), task).assignments().stream().filter(a -> a.orgId() == orgId)
                .findFirst().orElseThrow();
    }

    private AccessScope side(long orgId) {
        return HoldersScope.of(orgs, orgId);
    }
}
