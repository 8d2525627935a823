package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.recruitment.CaseDeadline;
import cn.dangjian.recruitment.RecruitmentPipeline;
import org.springframework.stereotype.Component;

/**
 * The batch's open recruitment cases with their deadlines: one call to the recruitment facade per batch (a fixed
 * few statements: the open cases, their steps, the parameter settings), whatever its size. Organizations without
 * an open case get no facts.
 */
@Component
class RecruitmentFactProvider implements FactProvider<RecruitmentFacts> {

    private final RecruitmentPipeline recruitment;

    RecruitmentFactProvider(RecruitmentPipeline recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public Class<RecruitmentFacts> type() {
        return RecruitmentFacts.class;
    }

    @Override
    public Map<Long, RecruitmentFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        Map<Long, RecruitmentFacts> facts = new HashMap<>();
        if (batch.isEmpty()) {
            return facts;
        }
        Map<Long, List<CaseDeadline>> deadlines = recruitment.deadlines(batch.stream().map(OrgUnitRef::id).toList(), today);
        deadlines.forEach((orgId, list) -> facts.put(orgId, new RecruitmentFacts(list)));
        return facts;
    }
}
