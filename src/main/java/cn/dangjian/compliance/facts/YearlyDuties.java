package cn.dangjian.compliance.facts;

import java.util.List;

import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;

/**
 * Which organizations carry a branch's yearly duties (民主评议, 谈心谈话): 党支部 and 联合党支部. A 临时党支部's
 * members keep their 组织关系 — and so their appraisal and talks — in their own branch (ZB-06).
 */
final class YearlyDuties {

    private YearlyDuties() {
    }

    static List<Long> branches(List<OrgUnitRef> batch) {
        return batch.stream().filter(o -> o.type() == OrgType.BRANCH || o.type() == OrgType.JOINT_BRANCH)
                .map(OrgUnitRef::id).toList();
    }
}
