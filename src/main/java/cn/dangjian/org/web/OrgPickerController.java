package cn.dangjian.org.web;

import java.util.List;

import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organization picker of the list pattern (fragments/list.html): one level of the caller's tree at a time, and a
 * search by name limited to {@value #SEARCH_LIMIT} hits, so that a city tier of twenty thousand organizations never
 * renders whole. Only organizations the caller's scope shows.
 */
@Controller
class OrgPickerController {

    static final int SEARCH_LIMIT = 30;
    private static final int MAX_QUERY = 50;

    private final OrgUnits orgs;

    OrgPickerController(OrgUnits orgs) {
        this.orgs = orgs;
    }

    /** The children of {@code parentId}, or the top of the caller's tree without it. */
    @GetMapping("/orgs/picker/children")
    String children(AccessScope scope, @RequestParam(required = false) Long parentId, Model model) {
        List<OrgUnitNode> nodes = parentId == null ? orgs.roots(scope) : orgs.children(scope, parentId, false);
        return nodes(model, nodes, false);
    }

    /** Organizations whose name contains {@code q}; the top of the tree again when {@code q} is blank. */
    @GetMapping("/orgs/picker/search")
    String search(AccessScope scope, @RequestParam(required = false) String q, Model model) {
        if (q == null || q.isBlank()) {
            return nodes(model, orgs.roots(scope), false);
        }
        String text = q.strip();
        text = text.substring(0, Math.min(text.length(), MAX_QUERY));
        return nodes(model, orgs.search(scope, new OrgUnitQuery(text, null, null, false),
                new PageRequest(1, SEARCH_LIMIT)).items(), true);
    }

    private static String nodes(Model model, List<OrgUnitNode> nodes, boolean flat) {
        model.addAttribute("nodes", nodes);
        model.addAttribute("flat", flat);
        model.addAttribute("limit", SEARCH_LIMIT);
        return "fragments/list :: orgNodes";
    }
}
