package cn.dangjian.org;

import java.util.List;
import java.util.Map;

/**
 * How an organization is set up, as the structure checks read it: the unit (单位) it is set up in, the further
 * units a 联合党支部 is recorded as covering, how many active organizations of each type sit directly beneath it,
 * and the higher organization's recorded approval of its form ({@code null} when none is recorded; JG-01, JG-02).
 */
public record OrgUnitSetup(long orgId, Long unitId, List<Long> coveredUnitIds, Map<OrgType, Integer> activeChildren,
                           FormApproval formApproval) {

    public OrgUnitSetup {
        coveredUnitIds = List.copyOf(coveredUnitIds);
        activeChildren = Map.copyOf(activeChildren);
    }

    public int activeChildren(OrgType type) {
        return activeChildren.getOrDefault(type, 0);
    }
}
