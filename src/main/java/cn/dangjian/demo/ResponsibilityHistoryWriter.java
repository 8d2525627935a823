package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.Inspections;
import cn.dangjian.duty.ItemView;
import cn.dangjian.duty.RecordInspection;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.responsibility.AssessReview;
import cn.dangjian.responsibility.Assessments;
import cn.dangjian.responsibility.DutyLine;
import cn.dangjian.responsibility.Indicator;
import cn.dangjian.responsibility.IssueList;
import cn.dangjian.responsibility.OpenRound;
import cn.dangjian.responsibility.ResponsibilityLists;
import cn.dangjian.responsibility.ReviewView;
import cn.dangjian.responsibility.Reviews;
import cn.dangjian.responsibility.RoundView;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Component;

/**
 * 责任清单, 考核指标 and 述职评议 for a written district, through the responsibility facades, each step by the side
 * whose step it is: the 工委's list for this year from the platform's template, with the showcase branch's statement
 * on a duty no record evidences; the 工委's indicators for the year, chosen from the catalogue; last year's 述职评议 of the 工委 (its 机关党委 secretaries) and of the showcase 机关党委
 * (its branch secretaries), every 述职 graded, with problems raised — some since closed, one still open and overdue —
 * which reappear in this year's drafts; and this year's rounds open, a few 述职 submitted, the rest drafted from the
 * records and waiting for their secretaries.
 */
@Component
class ResponsibilityHistoryWriter {

    private static final List<String> NARRATIVES = List.of(
            "一年来，我认真履行抓党建第一责任人职责，坚持把党的政治建设摆在首位，带头讲党课，督促各党支部落实三会一课制度。"
                    + "存在的主要问题是对党支部工作的指导还不够具体。下一步将建立联系党支部制度，推动党建与业务深度融合。",
            "本年度，支部坚持“第一议题”制度，按期召开支部党员大会和支委会，组织开展主题党日活动。"
                    + "不足之处是谈心谈话还没有做到全覆盖。明年将制定谈心谈话计划，确保覆盖全体党员。",
            "履职以来，我注重发挥支部战斗堡垒作用，组织党员立足岗位作贡献。党费收缴、组织关系转接按时办理。"
                    + "对照要求，理论学习的深度还不够，将在下一年度加强集中学习研讨。");

    private final OrgUnits orgs;
    private final ResponsibilityLists lists;
    private final Reviews reviews;
    private final Assessments assessments;
    private final Inspections inspections;
    private final Clock clock;

    ResponsibilityHistoryWriter(OrgUnits orgs, ResponsibilityLists lists, Reviews reviews, Assessments assessments,
                                Inspections inspections, Clock clock) {
        this.assessments = assessments;
        this.orgs = orgs;
        this.lists = lists;
        this.reviews = reviews;
        this.inspections = inspections;
        this.clock = clock;
    }

    void write(long rootId, long committeeId, long showcaseBranchId) {
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        long list = lists.issue(system, new IssueList(rootId, year, year + "年度锦城区直属机关党建工作责任清单",
                lists.startingPoint(system, rootId, year)));
        List<DutyLine> stated = lists.duties(system, list, showcaseBranchId).lines().stream()
                .filter(l -> l.duty().evidence() == null).toList();
        if (!stated.isEmpty()) {
            lists.state(side(showcaseBranchId), list, stated.get(0).duty().id(), showcaseBranchId,
                    "副书记协助书记抓支部建设，书记出差期间主持了3次支委会。");
        }

        assessments.define(system, rootId, year, List.of(Indicator.BRANCH_ASSEMBLY, Indicator.ORG_LIFE_MEETING,
                Indicator.APPRAISAL, Indicator.TERM, Indicator.DUES, Indicator.TASKS, Indicator.RECTIFICATION));

        lastYear(rootId, year - 1, today);
        lastYear(committeeId, year - 1, today);
        thisYear(rootId, year, today, 2, committeeId);
        thisYear(committeeId, year, today, 1, showcaseBranchId);
    }

    /** Last year's round: every 述职 submitted and graded in December; two problems for every third organization. */
    private void lastYear(long issuerId, int year, LocalDate today) {
        AccessScope system = AccessScope.system();
        long round = reviews.open(system, new OpenRound(issuerId, year, LocalDate.of(year, 11, 1),
                LocalDate.of(year, 12, 31)));
        List<RoundView.Row> rows = rows(issuerId, round);
        for (int i = 0; i < rows.size(); i++) {
            RoundView.Row row = rows.get(i);
            AccessScope secretary = side(row.orgId());
            LocalDate submitted = LocalDate.of(year, 12, 5 + i % 10);
            reviews.submit(secretary, row.reviewId(), reviews.get(system, row.reviewId()).version(),
                    NARRATIVES.get(i % NARRATIVES.size()), submitted);
            ReviewView v = reviews.get(system, row.reviewId());
            int good = 8 + i % 5;
            List<RecordInspection.NewItem> problems = i % 3 == 0 ? List.of(
                    problem("谈心谈话没有做到全覆盖", "制定谈心谈话计划，逐人谈到", LocalDate.of(year + 1, 3, 31), v),
                    problem("党员教育管理针对性不强", "结合岗位特点确定学习专题", LocalDate.of(year + 1, 6, 30), v))
                    : List.of();
            String result = v.grades().get(i % 4 == 3 ? 1 : 0);
            reviews.assess(system, row.reviewId(), v.version(), new AssessReview(submitted.plusDays(6),
                    List.of(good, 3 + i % 3, i % 2, 0), result,
                    "抓党建责任意识较强，" + (problems.isEmpty() ? "各项制度落实较好。" : "仍有短板需要补齐。"), problems));
            if (!problems.isEmpty()) {
                closeFirst(row.orgId(), reviews.get(system, row.reviewId()));
            }
        }
    }

    /**
     * This year's round: {@code submitted} 述职 handed in, the rest — the showcase organization's among them, for its
     * secretary to write — drafted from the records.
     */
    private void thisYear(long issuerId, int year, LocalDate today, int submitted, long showcaseId) {
        if (today.getMonthValue() < 11) {
            return;
        }
        long round = reviews.open(AccessScope.system(), new OpenRound(issuerId, year, null, null));
        List<RoundView.Row> rows = rows(issuerId, round).stream().filter(r -> r.orgId() != showcaseId).toList();
        for (int i = 0; i < Math.min(submitted, rows.size()); i++) {
            RoundView.Row row = rows.get(i);
            reviews.submit(side(row.orgId()), row.reviewId(), reviews.get(AccessScope.system(), row.reviewId()).version(),
                    NARRATIVES.get((i + 1) % NARRATIVES.size()), null);
        }
    }

    /** The first problem fixed by the organization and closed by the holder; the second left open. */
    private void closeFirst(long orgId, ReviewView v) {
        ItemView first = v.problems().get(0);
        AccessScope side = side(orgId);
        long inspection = inspections.list(side, orgId).stream().filter(i -> i.items().stream()
                .anyMatch(it -> it.id() == first.id())).findFirst().orElseThrow().id();
        inspections.itemDone(side, inspection, first.id(), "已完成全体党员谈心谈话，形成谈话记录", first.version());
        ItemView done = inspections.get(side, inspection).items().get(0);
        inspections.itemClose(AccessScope.system(), inspection, done.id(), "核对谈心谈话记录，同意销号", done.version());
    }

    private List<RoundView.Row> rows(long issuerId, long round) {
        return reviews.rounds(AccessScope.system(), issuerId).stream().filter(r -> r.id() == round).findFirst()
                .orElseThrow().reviews();
    }

    private static RecordInspection.NewItem problem(String problem, String measures, LocalDate deadline, ReviewView v) {
        return new RecordInspection.NewItem(problem, measures, deadline, v.secretary() == null ? "书记" : v.secretary(),
                null, false);
    }

    private AccessScope side(long orgId) {
        return HoldersScope.of(orgs, orgId);
    }
}
