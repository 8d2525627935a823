package cn.dangjian.responsibility;

import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.RuleView;
import cn.dangjian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule an indicator cites is in the compliance catalogue and is one whose findings the indicator reads, so
 * the basis shown beside a formula is the basis of the figure.
 */
@IntegrationTest
class IndicatorRuleIdsTests {

    @Autowired
    Compliance compliance;

    @Test
    void everyCitedRuleIsACatalogueRuleTheIndicatorsEvidenceReads() {
        List<RuleView> rules = compliance.catalogue();
        for (Indicator i : Indicator.values()) {
            for (String ruleId : i.ruleIds()) {
                assertThat(rules).as(i + " cites " + ruleId)
                        .anyMatch(r -> r.ruleId().equals(ruleId) && i.evidence().matches(r.code()));
            }
        }
    }
}
