package cn.dangjian.responsibility.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.responsibility.AssessmentView;
import cn.dangjian.responsibility.Assessments;
import cn.dangjian.responsibility.DutyCycle;
import cn.dangjian.responsibility.DutyDraft;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.DutyPost;
import cn.dangjian.responsibility.Evidence;
import cn.dangjian.responsibility.Indicator;
import cn.dangjian.responsibility.IssueList;
import cn.dangjian.responsibility.ListView;
import cn.dangjian.responsibility.ResponsibilityLists;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A 机关党委 moved under another 工委 takes its 责任清单 and assessment along: they still bind its branches, the new
 * 工委 reaches them and the old one no longer does; and every responsibility table's path column is declared for the
 * rewrite.
 */
@IntegrationTest
class ResponsibilityPathListenerIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;
    @Autowired
    ResponsibilityLists lists;
    @Autowired
    Assessments assessments;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void aMovedCommitteesListAndAssessmentStillBindItsBranches() {
        TestTree.Tree t = trees.build();
        int year = LocalDate.now(clock).getYear();
        long listId = lists.issue(system, new IssueList(t.a(), year, "机关党委责任清单", List.of(
                new DutyDraft(null, DutyLevel.BRANCH, DutyPost.ORGANIZATION, "每季度召开支部党员大会", "ZB-08",
                        DutyCycle.QUARTERLY, Evidence.BRANCH_ASSEMBLY))));
        long assessmentId = assessments.define(system, t.a(), year, List.of(Indicator.BRANCH_ASSEMBLY));
        long other = orgs.create(system, new NewOrgUnit(null, OrgType.WORK_COMMITTEE, "另一工委" + t.a(), null, null, null));

        orgs.move(system, t.a(), other, orgs.get(system, t.a()).version());

        assertThat(lists.binding(system, t.a1(), year)).map(ListView::id).contains(listId);
        assertThat(assessments.of(system, t.a1(), year)).map(AssessmentView::id).contains(assessmentId);
        assertThat(assessments.results(trees.subtreeScope(other), assessmentId, other).total().orgId()).isEqualTo(t.a());
        assertThatThrownBy(() -> assessments.results(trees.subtreeScope(t.root()), assessmentId, t.root()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyResponsibilityPathColumnIsRewrittenOnMoves() {
        List<String> columns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE (column_name LIKE '%org_path' OR column_name LIKE '%issuer_path') AND table_name LIKE 'resp%'
                          AND table_schema = current_schema()""")
                .query(String.class).list();
        assertThat(ResponsibilityPathListener.PATHS).containsExactlyInAnyOrderElementsOf(columns);
    }
}
