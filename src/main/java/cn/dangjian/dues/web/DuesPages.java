package cn.dangjian.dues.web;

import java.time.YearMonth;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PostedForm;
import org.springframework.stereotype.Component;

/** What the dues pages share: the organization a page is about when none is named, and reading a month. */
@Component
class DuesPages {

    private final OrgUnits orgs;

    DuesPages(OrgUnits orgs) {
        this.orgs = orgs;
    }

    /** The named organization (in scope), or the caller's own — a branch secretary's branch — or their top one. */
    OrgUnitRef org(AccessScope scope, Long orgId) {
        if (orgId != null) {
            return orgs.refInScope(scope, orgId);
        }
        if (scope.anchorOrgIds().size() == 1) {
            return orgs.refInScope(scope, scope.anchorOrgIds().get(0));
        }
        return orgs.roots(scope).stream().findFirst().map(n -> orgs.refInScope(scope, n.id()))
                .orElseThrow(() -> new NotFoundException("您的管理范围内没有党组织"));
    }

    /** The organization one level up, if the caller may see its records. */
    OrgUnitRef parent(AccessScope scope, OrgUnitRef org) {
        return org.parentId() == null ? null : orgs.findInScope(scope, org.parentId()).orElse(null);
    }

    List<OrgUnitRef> refs(AccessScope scope, List<Long> ids) {
        return orgs.refsInScope(scope, ids);
    }

    /** The month asked for in a query parameter, or {@code fallback}; an unreadable one is a 400 naming it. */
    static YearMonth month(String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        YearMonth month = PostedForm.parseMonth(value);
        if (month == null) {
            throw new InvalidInputException(List.of(new FieldProblem("month", "月份", "应为 yyyy-MM")));
        }
        return month;
    }
}
