package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.SummaryRow;
import cn.dangjian.duty.AssignTask;
import cn.dangjian.duty.InspectionKind;
import cn.dangjian.duty.Inspections;
import cn.dangjian.duty.ItemState;
import cn.dangjian.duty.RecordInspection;
import cn.dangjian.duty.TaskData;
import cn.dangjian.duty.TaskSource;
import cn.dangjian.duty.Tasks;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 述职评议 on the real database. The 机关党委 opens its 2026 round on 20 November for its two branches; the first
 * branch's secretary sees a draft whose figures are those the meeting, dues and task modules report for the branch
 * and year; a sibling secretary cannot reach it; the secretary writes and submits, the 机关党委 grades it and raises a
 * problem — which becomes the branch's rectification item and shows in its 2027 draft.
 */
@ClockedIntegrationTest
class ReviewsIntegrationTests {

    @Autowired
    Reviews reviews;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingStatistics statistics;
    @Autowired
    DuesOverview dues;
    @Autowired
    Tasks tasks;
    @Autowired
    Inspections inspections;
    @Autowired
    TestTree trees;
    @Autowired
    cn.dangjian.org.OrgUnits orgs;
    @Autowired
    MutableClock clock;

    private final AccessScope system = AccessScope.system();

    @AfterEach
    void backToNow() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
    }

    @Test
    void theDraftCarriesTheOtherModulesFiguresAndTheProblemsRaisedAreCarriedIntoNextYear() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        assembly(t.a1(), t.memberA1(), LocalDateTime.of(2026, 3, 20, 15, 0));
        assembly(t.a1(), t.memberA1(), LocalDateTime.of(2026, 6, 19, 15, 0));
        AccessScope holder = trees.subtreeScope(t.a());
        tasks.assign(holder, new AssignTask(t.a(), "开展支部标准化建设自查", "对照标准逐项自查", TaskSource.HIGHER_DECISION,
                null, "报送自查报告", LocalDate.of(2026, 12, 20), List.of(t.a1()), null, TaskData.NONE, null, null));

        long round = reviews.open(holder, new OpenRound(t.a(), 2026, null, null));
        RoundView view = reviews.rounds(holder, t.a()).stream().filter(r -> r.id() == round).findFirst().orElseThrow();
        assertThat(view.opensOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(view.grades()).containsExactly("好", "较好", "一般", "差");
        assertThat(view.reviews()).extracting(RoundView.Row::orgId).containsExactlyInAnyOrder(t.a1(), t.a2());
        long reviewId = view.reviews().stream().filter(r -> r.orgId() == t.a1()).findFirst().orElseThrow().reviewId();

        AccessScope secretary = trees.subtreeScope(t.a1());
        ReviewView draft = reviews.get(secretary, reviewId);
        assertThat(draft.state()).isEqualTo(ReviewState.DRAFTING);
        assertThat(draft.reviewer()).isFalse();
        int held = statistics.rollup(secretary, t.a1(), 2026, 0).total().held(MeetingType.BRANCH_ASSEMBLY);
        assertThat(held).isEqualTo(2);
        assertThat(draft.figures().value("组织生活", "支部党员大会")).isEqualTo(held + "次");
        SummaryRow duesTotal = dues.summary(secretary, t.a1(), YearMonth.of(2026, 1), YearMonth.of(2026, 11)).stream()
                .filter(SummaryRow::total).findFirst().orElseThrow();
        assertThat(draft.figures().value("党费", "实交")).isEqualTo(duesTotal.paid() + "元");
        assertThat(draft.figures().value("督查督办与整改", "承办督办事项")).isEqualTo("1项，已销号0项，逾期未办结0项");
        assertThat(draft.figures().value("班子与换届", "本届委员会")).isEqualTo("平台中未录入本届委员会");

        // a sibling branch's secretary does not reach it; the secretary does not grade it; the holder does not write it
        AccessScope sibling = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> reviews.get(sibling, reviewId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.write(sibling, reviewId, draft.version(), "代写"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.assess(secretary, reviewId, draft.version(), grade(LocalDate.of(2026, 11, 20))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reviews.write(holder, reviewId, draft.version(), "代写"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reviews.submit(secretary, reviewId, draft.version(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("narrative"));
        assertThatThrownBy(() -> reviews.assess(holder, reviewId, draft.version(), grade(LocalDate.of(2026, 11, 20))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("尚未提交");

        reviews.write(secretary, reviewId, draft.version(), "一年来，支部……");
        reviews.submit(secretary, reviewId, draft.version() + 1, "一年来，支部坚持三会一课……");
        // a meeting recorded after submission does not change the figures submitted
        assembly(t.a1(), t.memberA1(), LocalDateTime.of(2026, 11, 19, 15, 0));
        ReviewView submitted = reviews.get(holder, reviewId);
        assertThat(submitted.state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(submitted.reviewer()).isTrue();
        assertThat(submitted.figures().value("组织生活", "支部党员大会")).isEqualTo("2次");
        assertThat(submitted.narrative()).isEqualTo("一年来，支部坚持三会一课……");

        assertThatThrownBy(() -> reviews.assess(holder, reviewId, submitted.version(), new AssessReview(
                LocalDate.of(2026, 11, 20), List.of(3, 1), "优秀", null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("gradeCounts", "result"));
        // counts that overflow an int when added are refused, not wrapped round
        assertThatThrownBy(() -> reviews.assess(holder, reviewId, submitted.version(), new AssessReview(
                LocalDate.of(2026, 11, 20), List.of(Integer.MAX_VALUE, Integer.MAX_VALUE, 2, 0), "好", null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("gradeCounts"));
        reviews.assess(holder, reviewId, submitted.version(), grade(LocalDate.of(2026, 11, 20)));
        ReviewView assessed = reviews.get(secretary, reviewId);
        assertThat(assessed.state()).isEqualTo(ReviewState.ASSESSED);
        assertThat(assessed.gradeCounts()).containsExactly(6, 3, 1, 0);
        assertThat(assessed.result()).isEqualTo("较好");
        assertThat(assessed.problems()).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("谈心谈话没有做到全覆盖");
            assertThat(p.state()).isEqualTo(ItemState.OPEN);
        });
        // the 述职报告 is generated from the 述职: narrative, figures as submitted, result and comments
        String pdf = cn.dangjian.support.PdfFiles.text(reviews.report(secretary, reviewId, true).content());
        assertThat(pdf).contains("2026年度书记抓党建述职报告", "一年来，支部坚持三会一课", "支部党员大会", "2次",
                "较好（好6票、较好3票、一般1票、差0票", "谈心谈话有欠缺");
        assertThat(cn.dangjian.support.WordFiles.text(reviews.report(holder, reviewId, false).content()))
                .contains("一年来，支部坚持三会一课", "较好").doesNotContain("{{");
        assertThatThrownBy(() -> reviews.report(sibling, reviewId, true)).isInstanceOf(NotFoundException.class);
        assertThat(inspections.list(secretary, t.a1())).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InspectionKind.REVIEW));
        // the inspected side cannot record review problems itself
        assertThatThrownBy(() -> inspections.record(secretary, new RecordInspection(t.a1(), InspectionKind.REVIEW,
                "自己", LocalDate.of(2026, 11, 20), List.of(new RecordInspection.NewItem("问题", "措施",
                LocalDate.of(2026, 12, 1), "张三", null, false))))).isInstanceOf(InvalidInputException.class);

        // next year, the 2026 problem is in the 2027 draft
        clock.set(LocalDateTime.of(2027, 11, 10, 9, 0));
        long next = reviews.open(holder, new OpenRound(t.a(), 2027, null, null));
        long nextReview = reviews.rounds(holder, t.a()).stream().filter(r -> r.id() == next).findFirst().orElseThrow()
                .reviews().stream().filter(r -> r.orgId() == t.a1()).findFirst().orElseThrow().reviewId();
        assertThat(reviews.get(secretary, nextReview).carried()).extracting(i -> i.problem())
                .containsExactly("谈心谈话没有做到全覆盖");
        assertThatThrownBy(() -> reviews.open(holder, new OpenRound(t.a(), 2027, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAWorkCommitteeOrPartyCommitteeOpensARoundForThisYearOrLast() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> reviews.open(trees.subtreeScope(t.a1()), new OpenRound(t.a1(), 2026, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviews.open(trees.subtreeScope(t.a(), Permission.DUTY_VIEW),
                new OpenRound(t.a(), 2026, null, null))).isInstanceOf(cn.dangjian.shared.ForbiddenException.class);
        assertThatThrownBy(() -> reviews.open(system, new OpenRound(t.root(), 2024, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("year"));
        // a year no date can be made of is named, not a failure of the server
        assertThatThrownBy(() -> reviews.open(system, new OpenRound(t.root(), Integer.MAX_VALUE, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("year"));
        assertThatThrownBy(() -> reviews.open(system, new OpenRound(t.root(), 2026, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 1)))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(p -> p.field()).containsExactly("closesOn"));
        long round = reviews.open(system, new OpenRound(t.root(), 2026, LocalDate.of(2026, 12, 1), null));
        assertThat(reviews.rounds(system, t.root())).filteredOn(r -> r.id() == round).singleElement()
                .satisfies(r -> assertThat(r.reviews()).extracting(RoundView.Row::orgId).containsExactly(t.a()));
        // the 机关党委's own 述职 in the 工委's round is listed for it, not for its branches
        assertThat(reviews.own(trees.subtreeScope(t.a()), t.a())).extracting(RoundView.Row::orgId).containsExactly(t.a());
        assertThat(reviews.own(trees.subtreeScope(t.a1()), t.a1())).isEmpty();
        // a 机关党委's round reaches the branches under its 党总支 too; the 工委's only the organizations directly below
        long general = orgs.create(system, new cn.dangjian.org.NewOrgUnit(t.a(), cn.dangjian.org.OrgType.GENERAL_BRANCH,
                "测试局机关党总支" + t.a(), null, null, null));
        long under = orgs.create(system, new cn.dangjian.org.NewOrgUnit(general, cn.dangjian.org.OrgType.BRANCH,
                "测试局党总支第一党支部" + t.a(), null, null, null));
        long committeeRound = reviews.open(system, new OpenRound(t.a(), 2026, null, null));
        assertThat(reviews.rounds(system, t.a())).filteredOn(r -> r.id() == committeeRound).singleElement()
                .satisfies(r -> assertThat(r.reviews()).extracting(RoundView.Row::orgId)
                        .containsExactlyInAnyOrder(t.a1(), t.a2(), general, under));
    }

    private static AssessReview grade(LocalDate on) {
        return new AssessReview(on, List.of(6, 3, 1, 0), "较好", "抓党建责任落实较好，谈心谈话有欠缺。",
                List.of(new RecordInspection.NewItem("谈心谈话没有做到全覆盖", "年底前完成支部委员与党员谈心谈话",
                        LocalDate.of(2026, 12, 31), "王一", null, false)));
    }

    private void assembly(long orgId, long memberId, LocalDateTime at) {
        meetings.record(system, new RecordMeeting(orgId, MeetingType.BRANCH_ASSEMBLY, null, "支部党员大会" + at.toLocalDate(),
                null, at, "会议室", memberId, memberId,
                List.of(new RecordMeeting.Attendance(memberId, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
    }
}
