package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day of the month a branch collects dues (DF-18, a parameter), shown on the 收缴登记表 and on a member's own
 * dues page — so a member may read their own branch's day.
 */
@Service
@Transactional(readOnly = true)
public class DuesCollectionDay {

    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final Clock clock;

    DuesCollectionDay(OrgUnits orgs, RuleParameters parameters, Clock clock) {
        this.orgs = orgs;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The collection day (1–28) in force today for the organization. */
    public int of(AccessScope scope, long orgId) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.structureInScope(scope, orgId);
        return parameters.valuesFor(org.path(), LocalDate.now(clock)).whole(DuesParameters.COLLECTION_DAY);
    }
}
