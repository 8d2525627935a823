package cn.dangjian.compliance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix answers "who needs attention?": what is already wrong first, and optionally nothing else. */
class ComplianceMatrixTests {

    private static ComplianceMatrix.Row row(long id, String name, Map<RuleCategory, Map<Severity, Integer>> open) {
        return new ComplianceMatrix.Row(id, name, "党支部", open);
    }

    private final ComplianceMatrix.Row calm = row(1, "办公室党支部", Map.of());
    private final ComplianceMatrix.Row manyDue = row(2, "财务处党支部",
            Map.of(RuleCategory.values()[0], Map.of(Severity.DUE, 5, Severity.ADVICE, 3)));
    private final ComplianceMatrix.Row oneOverdue = row(3, "人事处党支部",
            Map.of(RuleCategory.values()[0], Map.of(Severity.OVERDUE, 1)));
    private final ComplianceMatrix.Row wrongAndOverdue = row(4, "机关服务中心党支部",
            Map.of(RuleCategory.values()[0], Map.of(Severity.VIOLATION, 1, Severity.DUE, 1),
                    RuleCategory.values()[1], Map.of(Severity.OVERDUE, 1)));
    private final ComplianceMatrix matrix = new ComplianceMatrix(calm,
            List.of(calm, manyDue, oneOverdue, wrongAndOverdue));

    @Test
    void pressingCountsOnlyViolationsAndOverdueItemsAcrossCategories() {
        assertThat(List.of(calm, manyDue, oneOverdue, wrongAndOverdue)).extracting(ComplianceMatrix.Row::pressing)
                .containsExactly(0, 0, 1, 2);
    }

    @Test
    void worstFirstPutsWhatIsWrongBeforeWhatIsMerelyDue() {
        assertThat(matrix.arranged(false, false).children()).extracting(ComplianceMatrix.Row::orgId)
                .containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void pressingOnlyLeavesOutRowsWithNothingWrongAndByNameKeepsTreeOrder() {
        assertThat(matrix.arranged(false, true).children()).extracting(ComplianceMatrix.Row::orgId)
                .containsExactly(4L, 3L);
        assertThat(matrix.arranged(true, false).children()).extracting(ComplianceMatrix.Row::orgId)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(matrix.arranged(true, true).children()).extracting(ComplianceMatrix.Row::orgId)
                .containsExactly(3L, 4L);
        assertThat(matrix.arranged(false, true).total()).isSameAs(calm);
    }
}
