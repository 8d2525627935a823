package cn.dangjian.responsibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An assessment's figures seen from one organization: a row per organization directly below it, in the tree's
 * order, and a total row for its whole subtree — each chosen indicator as "met/counted" with the organizations
 * that missed and the findings behind each miss, so every figure can be traced to its records. Never ranked.
 */
public record AssessmentResults(AssessmentView assessment, long orgId, String orgName, List<Row> rows, Row total) {

    /** One organization's subtree: its figure for each chosen indicator, and its 责任清单 page. */
    public record Row(long orgId, String name, String duties, List<Figure> figures) {

        public Figure figure(Indicator indicator) {
            return figures.stream().filter(f -> f.indicator() == indicator).findFirst().orElse(null);
        }
    }

    /** Of the {@code counted} organizations of the indicator's levels, {@code met} missed nothing; the others. */
    public record Figure(Indicator indicator, int met, int counted, List<Miss> misses) {

        /** 「1/2」, or 「—」 when the subtree has no organization of the indicator's levels. */
        public String ratio() {
            return counted == 0 ? "—" : met + "/" + counted;
        }

        /** 「50%」「66.7%」, or {@code null} when nothing is counted. */
        public String percent() {
            if (counted == 0) {
                return null;
            }
            return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString() + "%";
        }
    }

    /**
     * An organization that missed: what the findings said (each closed one with when or how it closed), its
     * 责任清单 page and the page of the records behind the figure.
     */
    public record Miss(long orgId, String name, List<String> reasons, String duties, String records) {
    }
}
