package cn.dangjian.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 督查督办 on the real database (DB-01…DB-04): a 党委 assigns a task to its two branches, one leading; each reports
 * on its own side, the 党委 returns or closes each part after review, and the task is 办结 when the last part is;
 * an extension is asked before the deadline and granted or refused; each side sees what it should and nobody else
 * finds the task.
 */
@ClockedIntegrationTest
class TasksIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Tasks tasks;
    @Autowired
    TaskAssignments parts;
    @Autowired
    DutyQueries queries;
    @Autowired
    OrgUnits orgs;

    private TestTree.Tree t;
    private AccessScope committee;
    private AccessScope branch1;
    private AccessScope branch2;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        t = trees.build();
        committee = trees.subtreeScope(t.a());
        branch1 = trees.subtreeScope(t.a1());
        branch2 = trees.subtreeScope(t.a2());
    }

    private AssignTask task(LocalDate deadline, List<Long> to, Long lead, TaskData data) {
        return new AssignTask(t.a(), "开展党支部标准化规范化建设自查", "对照标准逐项自查，形成问题清单并整改。", TaskSource.HIGHER_DECISION,
                "锦直机工〔2026〕12号", "提交自查报告，问题清单中的问题已整改或有整改计划", deadline, to, lead, data, 2026, 0);
    }

    @Test
    void aTaskIsNumberedAndEveryFaultIsNamedAtOnce() {
        long first = tasks.assign(committee, task(LocalDate.of(2026, 12, 31), List.of(t.a1(), t.a2()), t.a1(), TaskData.NONE));
        assertThat(tasks.get(committee, first).number()).isEqualTo("督办〔2026〕1号");
        long second = tasks.assign(committee, task(LocalDate.of(2026, 12, 31), List.of(t.a1()), null, TaskData.NONE));
        assertThat(tasks.get(committee, second).number()).isEqualTo("督办〔2026〕2号");
        assertThat(tasks.get(committee, second).assignments()).singleElement().satisfies(a -> assertThat(a.lead()).isTrue());

        AssignTask bad = new AssignTask(t.a(), " ", null, null, null, "", LocalDate.of(2026, 12, 3),
                List.of(t.a1(), t.a2()), null, TaskData.MEETINGS, 2027, 5);
        assertThatThrownBy(() -> tasks.assign(committee, bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .contains("title", "content", "criteria", "source", "deadline", "leadOrgId", "reportYear",
                                "reportQuarter"));
        assertThatThrownBy(() -> tasks.assign(branch1, task(LocalDate.of(2026, 12, 31), List.of(t.a1()), null,
                TaskData.NONE))).as("a branch cannot issue for its 党委").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.assign(committee, new AssignTask(t.a(), "x", "x", TaskSource.OTHER, null, "x",
                LocalDate.of(2026, 12, 31), List.of(t.a()), null, TaskData.NONE, null, null)))
                .as("only to organizations below").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("下级");
    }

    @Test
    void aTaskIssuedOnPaperIsRecordedWithItsDayAndMayAlreadyBeOverdue() {
        AssignTask base = task(LocalDate.of(2026, 11, 20), List.of(t.a1()), null, TaskData.NONE);
        AssignTask paper = new AssignTask(base.issuerOrgId(), base.title(), base.content(), base.source(),
                base.sourceNote(), base.criteria(), base.deadline(), base.assigneeOrgIds(), null, TaskData.NONE, null,
                null, LocalDate.of(2026, 11, 1));
        long id = tasks.assign(committee, paper);
        assertThat(tasks.get(committee, id).issuedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(part(committee, id, t.a1()).overdueOn(LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(part(committee, id, t.a1()).entries().get(0).on()).isEqualTo(LocalDate.of(2026, 11, 1));
        AssignTask ahead = new AssignTask(base.issuerOrgId(), base.title(), base.content(), base.source(), null,
                base.criteria(), LocalDate.of(2026, 12, 1), base.assigneeOrgIds(), null, TaskData.NONE, null, null,
                LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() -> tasks.assign(committee, ahead)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("issuedOn", "deadline"));
    }

    @Test
    void eachPartIsReportedReviewedAndClosedAndTheTaskEndsWithTheLast() {
        long id = tasks.assign(committee, task(LocalDate.of(2026, 12, 20), List.of(t.a1(), t.a2()), t.a1(), TaskData.NONE));
        AssignmentView one = part(committee, id, t.a1());
        AssignmentView two = part(committee, id, t.a2());
        assertThatThrownBy(() -> parts.report(committee, one.id(), "代为反馈", one.version()))
                .as("the issuer never reports for an assignee").isInstanceOf(ConflictException.class);
        parts.report(branch1, one.id(), "已完成自查，发现问题3个，已整改2个。", one.version());
        assertThatThrownBy(() -> parts.close(branch1, one.id(), "自己销号", part(branch1, id, t.a1()).version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> parts.close(committee, one.id(), " ", part(committee, id, t.a1()).version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("审核意见");
        parts.sendBack(committee, one.id(), "未附问题清单，请补充后重新反馈", part(committee, id, t.a1()).version());
        AssignmentView returned = part(branch1, id, t.a1());
        assertThat(returned.state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(returned.returnReason()).contains("问题清单");
        parts.report(branch1, one.id(), "已完成自查，问题清单3项，已整改2项，1项列入明年计划。", returned.version());
        parts.close(committee, one.id(), "核对问题清单与整改记录一致，同意销号", part(committee, id, t.a1()).version());
        assertThat(tasks.get(committee, id).state()).isEqualTo(TaskState.OPEN);
        assertThatThrownBy(() -> parts.close(committee, one.id(), "再次销号", part(committee, id, t.a1()).version()))
                .isInstanceOf(ConflictException.class);

        parts.report(branch2, two.id(), "已完成自查，未发现问题。", two.version());
        parts.close(committee, two.id(), "同意销号", part(committee, id, t.a2()).version());
        TaskView done = tasks.get(committee, id);
        assertThat(done.state()).isEqualTo(TaskState.CLOSED);
        assertThat(done.closedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(part(committee, id, t.a1()).entries()).extracting(AssignmentView.Entry::step).containsExactly(
                AssignmentStep.ASSIGNED, AssignmentStep.REPORTED, AssignmentStep.RETURNED, AssignmentStep.REPORTED,
                AssignmentStep.CLOSED);
        assertThat(part(committee, id, t.a1()).closedBy()).isEqualTo(committee.username());
    }

    @Test
    void anExtensionIsAskedBeforeTheDeadlineAndGrantedOrRefusedWithTheReason() {
        long id = tasks.assign(committee, task(LocalDate.of(2026, 12, 10), List.of(t.a1()), null, TaskData.NONE));
        AssignmentView p = part(branch1, id, t.a1());
        assertThatThrownBy(() -> parts.requestExtension(branch1, p.id(), LocalDate.of(2026, 12, 9), "忙", p.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("应晚于");
        parts.requestExtension(branch1, p.id(), LocalDate.of(2026, 12, 31), "党员集中在外培训至12月20日", p.version());
        assertThatThrownBy(() -> parts.requestExtension(branch1, p.id(), LocalDate.of(2027, 1, 5), "再延",
                part(branch1, id, t.a1()).version())).isInstanceOf(ConflictException.class);
        assertThat(queries.facts(List.of(t.a()), LocalDate.of(2026, 12, 4)).get(t.a()).toDecide())
                .singleElement().satisfies(d -> assertThat(d.report()).isFalse());
        assertThatThrownBy(() -> parts.decideExtension(committee, p.id(), false, "", part(committee, id, t.a1()).version()))
                .isInstanceOf(InvalidInputException.class);
        parts.decideExtension(committee, p.id(), true, null, part(committee, id, t.a1()).version());
        assertThat(part(branch1, id, t.a1()).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));

        clock.set(LocalDateTime.of(2027, 1, 2, 9, 0));
        assertThatThrownBy(() -> parts.requestExtension(branch1, p.id(), LocalDate.of(2027, 1, 20), "还需时间",
                part(branch1, id, t.a1()).version())).as("after the deadline it is too late to ask")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("期限届满前");
        assertThat(queries.facts(List.of(t.a1()), LocalDate.of(2027, 1, 2)).get(t.a1()).assigned())
                .singleElement().satisfies(o -> assertThat(o.deadline()).isEqualTo(LocalDate.of(2026, 12, 31)));
        parts.remind(committee, p.id(), null, part(committee, id, t.a1()).version());
        assertThat(part(branch1, id, t.a1()).lastRemindedOn()).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    void eachSideSeesWhatItShouldAndNobodyElseFindsTheTask() {
        long b = orgs.create(AccessScope.system(), new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "另一机关党委" + t.root(),
                null, null, null));
        long id = tasks.assign(committee, task(LocalDate.of(2026, 12, 20), List.of(t.a1(), t.a2()), t.a2(), TaskData.NONE));
        parts.report(branch1, part(branch1, id, t.a1()).id(), "已完成", part(branch1, id, t.a1()).version());
        TaskView seenBy2 = tasks.get(branch2, id);
        assertThat(seenBy2.asIssuer()).isFalse();
        assertThat(seenBy2.assignments()).filteredOn(a -> a.orgId() == t.a1()).singleElement().satisfies(a -> {
            assertThat(a.detailed()).isFalse();
            assertThat(a.reportText()).as("a co-assignee's report is not shown").isNull();
        });
        assertThatThrownBy(() -> tasks.get(trees.subtreeScope(b), id)).isInstanceOf(NotFoundException.class);
        AssignmentView own1 = part(branch1, id, t.a1());
        assertThatThrownBy(() -> parts.progress(branch2, own1.id(), "冒名", own1.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(tasks.list(branch2, t.a2(), new TaskQuery(TaskQuery.Direction.RECEIVED, null, false, null),
                new PageRequest(1, 20)).items()).extracting(TaskRow::id).containsExactly(id);
        assertThat(tasks.list(branch2, t.a2(), new TaskQuery(TaskQuery.Direction.ISSUED, null, false, null),
                new PageRequest(1, 20)).items()).isEmpty();
        TaskRow row = tasks.list(committee, t.a(), TaskQuery.ALL, new PageRequest(1, 20)).items().get(0);
        assertThat(row.parts()).isEqualTo(2);
        assertThat(row.reported()).isEqualTo(1);
        assertThat(row.assignees()).startsWith("测试局第二党支部");
    }

    @Test
    void aReportOfMeetingsCarriesTheFiguresFromTheRecords() {
        long id = tasks.assign(committee, task(LocalDate.of(2026, 12, 20), List.of(t.a1()), null, TaskData.MEETINGS));
        AssignmentView p = part(branch1, id, t.a1());
        String preview = parts.previewFigures(branch1, p.id(), p.version());
        assertThat(preview).contains("2026年组织生活开展情况", "支部党员大会0次", "合计0次");
        parts.report(branch1, p.id(), "按计划开展组织生活。", p.version());
        assertThat(part(committee, id, t.a1()).figures()).isEqualTo(preview);
    }

    @Test
    void theNoticeNamesTheTaskItsAssigneesWithTheLeadAndTheDeadline() {
        long id = tasks.assign(committee, task(LocalDate.of(2026, 12, 20), List.of(t.a1(), t.a2()), t.a2(), TaskData.MEETINGS));
        String lead = orgs.ref(t.a2()).orElseThrow().name();
        String pdf = cn.dangjian.support.PdfFiles.text(tasks.notice(branch1, id, true).content());
        assertThat(pdf).contains("督办通知单", "督办〔2026〕1号", "开展党支部标准化规范化建设自查", lead + "（牵头）",
                "2026年12月20日", "锦直机工〔2026〕12号", "不需另行填报");
        DutyFile word = tasks.notice(committee, id, false);
        assertThat(word.fileName()).isEqualTo("督办通知单（督办〔2026〕1号）.docx");
        assertThat(cn.dangjian.support.WordFiles.text(word.content())).contains("开展党支部标准化规范化建设自查",
                lead + "（牵头）").doesNotContain("{{");
        long b = orgs.create(AccessScope.system(), new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "无关机关党委" + t.root(),
                null, null, null));
        assertThatThrownBy(() -> tasks.notice(trees.subtreeScope(b), id, true)).isInstanceOf(NotFoundException.class);
    }

    private AssignmentView part(AccessScope scope, long taskId, long orgId) {
        return tasks.get(scope, taskId).assignments().stream().filter(a -> a.orgId() == orgId).findFirst().orElseThrow();
    }
}
