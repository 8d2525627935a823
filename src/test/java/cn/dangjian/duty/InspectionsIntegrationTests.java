package cn.dangjian.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 巡视巡察整改 on the real database (ZG-01…ZG-03): a branch records the feedback as a problem list (立行立改 items done
 * at once), reports items fixed; its 党委 closes them after review or returns them; the two reports are due two
 * months after the feedback and recorded once; a sibling branch finds nothing.
 */
@ClockedIntegrationTest
class InspectionsIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Inspections inspections;
    @Autowired
    InspectionDocuments documents;
    @Autowired
    DutyQueries queries;

    private TestTree.Tree t;
    private AccessScope branch;
    private AccessScope committee;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        t = trees.build();
        branch = trees.subtreeScope(t.a1());
        committee = trees.subtreeScope(t.a());
    }

    private long recorded() {
        return inspections.record(branch, new RecordInspection(t.a1(), InspectionKind.CIRCUIT, "区委第三巡察组",
                LocalDate.of(2026, 10, 31), List.of(
                new RecordInspection.NewItem("三会一课记录不规范", "逐次补齐会议记录要素", LocalDate.of(2026, 12, 31), "张明", "李华", false),
                new RecordInspection.NewItem("党费收缴台账未按月登记", "当场补登", LocalDate.of(2026, 10, 31), "王芳", null, true),
                new RecordInspection.NewItem("谈心谈话未全覆盖", "年底前完成", LocalDate.of(2026, 11, 30), "张明", "李华", false))));
    }

    @Test
    void theFeedbackIsAProblemListWithReportsDueTwoMonthsLater() {
        long id = recorded();
        InspectionView v = inspections.get(branch, id);
        assertThat(v.reportsDue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(v.items()).extracting(ItemView::state).containsExactly(ItemState.OPEN, ItemState.DONE, ItemState.OPEN);
        assertThat(v.items().get(1).doneNote()).isEqualTo("立行立改");
        assertThat(v.items().get(2).overdueOn(LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(v.reviewer()).as("the branch does not review itself").isFalse();
        assertThat(inspections.get(committee, id).reviewer()).isTrue();

        DutyFacts facts = queries.facts(List.of(t.a1()), LocalDate.of(2026, 12, 4)).get(t.a1());
        assertThat(facts.items()).extracting(DutyFacts.OpenItem::position).containsExactly(3, 1);
        assertThat(facts.reports()).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(r.inspection()).isEqualTo("区委第三巡察组巡察");
        });
        assertThatThrownBy(() -> inspections.get(trees.subtreeScope(t.a2()), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyFieldAtFaultIsNamedByItsRow() {
        assertThatThrownBy(() -> inspections.record(branch, new RecordInspection(t.a1(), null, " ",
                LocalDate.of(2026, 12, 5), List.of(new RecordInspection.NewItem("问题", "", null, null, null, false)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .contains("kind", "team", "feedbackOn", "items[0].measures", "items[0].deadline", "items[0].owner"));
        assertThatThrownBy(() -> inspections.record(branch, new RecordInspection(t.a1(), InspectionKind.TOUR, "巡视组",
                LocalDate.of(2026, 11, 1), List.of()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("问题清单");
    }

    @Test
    void theBranchReportsAnItemFixedAndItsCommitteeClosesOrReturnsIt() {
        long id = recorded();
        ItemView first = inspections.get(branch, id).items().get(0);
        long other = recorded();
        assertThatThrownBy(() -> inspections.itemDone(branch, other, first.id(), "对不上的检查", first.version()))
                .as("an item is reached only through its own inspection").isInstanceOf(NotFoundException.class);
        inspections.itemDone(branch, id, first.id(), "已补齐2026年全部会议记录", first.version());
        ItemView done = inspections.get(branch, id).items().get(0);
        assertThatThrownBy(() -> inspections.itemClose(branch, id, first.id(), "自己销号", done.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("上级");
        inspections.itemReturn(committee, id, first.id(), "第三季度记录仍缺表决情况", done.version());
        ItemView returned = inspections.get(branch, id).items().get(0);
        assertThat(returned.state()).isEqualTo(ItemState.OPEN);
        inspections.itemDone(branch, id, first.id(), "已补齐表决情况", returned.version());
        inspections.itemClose(committee, id, first.id(), "抽查会议记录，要素齐全，同意销号",
                inspections.get(committee, id).items().get(0).version());
        ItemView closed = inspections.get(committee, id).items().get(0);
        assertThat(closed.state()).isEqualTo(ItemState.CLOSED);
        assertThat(closed.closedBy()).isEqualTo(committee.username());
        assertThatThrownBy(() -> inspections.itemDone(branch, id, first.id(), "再报", closed.version()))
                .isInstanceOf(ConflictException.class);
        ItemView third = inspections.get(committee, id).items().get(2);
        assertThatThrownBy(() -> inspections.itemDone(committee, id, third.id(), "代为报告", third.version()))
                .as("the reviewer does not report for the inspected").isInstanceOf(ConflictException.class)
                .hasMessageContaining("被检查的党组织");
    }

    @Test
    void theLedgerListsEveryProblemWithHowItStandsAndTheReports() {
        long id = recorded();
        ItemView first = inspections.get(branch, id).items().get(0);
        inspections.itemDone(branch, id, first.id(), "已补齐2026年全部会议记录", first.version());
        inspections.itemClose(committee, id, first.id(), "抽查会议记录，同意销号", inspections.get(committee, id).items().get(0).version());
        String pdf = cn.dangjian.support.PdfFiles.text(documents.ledger(committee, id, true).content());
        assertThat(pdf).contains("整改台账", "区委第三巡察组巡察", "三会一课记录不规范", "已补齐2026年全部会议记录",
                "抽查会议记录，同意销号", "立行立改", "问题3个，其中立行立改1个；已销号1个，未销号2个", "整改情况报告尚未报送");
        DutyFile word = documents.ledger(branch, id, false);
        assertThat(cn.dangjian.support.WordFiles.text(word.content())).contains("谈心谈话未全覆盖", "张明")
                .doesNotContain("{{");
        assertThatThrownBy(() -> documents.ledger(trees.subtreeScope(t.a2()), id, true))
                .isInstanceOf(NotFoundException.class);
        // the 整改情况报告 is drafted from the same items: the counts, what was done, what is still in hand
        String report = cn.dangjian.support.PdfFiles.text(documents.report(branch, id, true).content());
        assertThat(report).contains("反馈意见整改情况的报告", "反馈问题3个", "已完成整改2个（其中立行立改1个）", "经上级党组织审核销号1个",
                "已补齐2026年全部会议记录（已销号）", "正在整改");
        assertThat(cn.dangjian.support.WordFiles.text(documents.report(committee, id, false).content()))
                .contains("已补齐2026年全部会议记录").doesNotContain("{{");
        assertThatThrownBy(() -> documents.report(trees.subtreeScope(t.a2()), id, true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachReportIsRecordedOnceBetweenTheFeedbackAndToday() {
        long id = recorded();
        int version = inspections.get(branch, id).version();
        assertThatThrownBy(() -> inspections.reportSent(branch, id, false, LocalDate.of(2026, 10, 30), version))
                .isInstanceOf(InvalidInputException.class);
        inspections.reportSent(branch, id, false, LocalDate.of(2026, 12, 1), version);
        assertThatThrownBy(() -> inspections.reportSent(branch, id, false, LocalDate.of(2026, 12, 2),
                inspections.get(branch, id).version())).isInstanceOf(ConflictException.class);
        inspections.reportSent(branch, id, true, LocalDate.of(2026, 12, 3), inspections.get(branch, id).version());
        assertThat(queries.facts(List.of(t.a1()), LocalDate.of(2026, 12, 4)).get(t.a1()).reports()).isEmpty();
    }
}
