package cn.dangjian.member.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.member.Headcount;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the caller's part of the tree with its head counts, or their own record. */
@Controller
class HomeController {

    private final Members members;
    private final OrgUnits orgs;

    HomeController(Members members, OrgUnits orgs) {
        this.members = members;
        this.orgs = orgs;
    }

    @GetMapping("/")
    String home(AccessScope scope, Model model) {
        if (scope.level() == ScopeLevel.SELF && scope.memberId() != null) {
            model.addAttribute("self", members.get(scope, scope.memberId()));
        } else if (scope.can(Permission.ORG_VIEW) && scope.can(Permission.MEMBER_VIEW)) {
            List<RootSummary> summaries = new ArrayList<>();
            for (OrgUnitNode root : orgs.roots(scope)) {
                Headcount count = members.headcount(scope, root.id());
                Map<Long, String> names = new HashMap<>();
                orgs.refsInScope(scope, count.children().stream().map(Headcount.Child::orgId).toList())
                        .forEach(r -> names.put(r.id(), r.name()));
                List<ChildSummary> children = count.children().stream()
                        .map(c -> new ChildSummary(c.orgId(), names.getOrDefault(c.orgId(), "#" + c.orgId()),
                                c.full(), c.probationary()))
                        .sorted((x, y) -> Long.compare(y.full() + y.probationary(), x.full() + x.probationary()))
                        .toList();
                summaries.add(new RootSummary(root, count, children));
            }
            model.addAttribute("summaries", summaries);
        }
        return "member/home";
    }

    record RootSummary(OrgUnitNode org, Headcount count, List<ChildSummary> children) {
    }

    record ChildSummary(long orgId, String name, long full, long probationary) {

        public long total() {
            return full + probationary;
        }
    }

}
