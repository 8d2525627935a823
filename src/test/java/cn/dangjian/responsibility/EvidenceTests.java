package cn.dangjian.responsibility;

import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.RuleView;
import cn.dangjian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of evidence names rules the catalogue has, so that no duty's status reads an empty set of findings. */
@IntegrationTest
class EvidenceTests {

    @Autowired
    Compliance compliance;

    @Test
    void everyEvidencePrefixMatchesARuleOfTheCatalogue() {
        List<String> codes = compliance.catalogue().stream().map(RuleView::code).toList();
        for (Evidence e : Evidence.values()) {
            for (String prefix : e.codePrefixes()) {
                assertThat(codes).as(e + " " + prefix).anyMatch(c -> c.startsWith(prefix));
            }
        }
    }
}
