package cn.dangjian.responsibility.internal;

import cn.dangjian.org.OrgPathColumns;
import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the issuers' paths of the 责任清单, 述职评议 rounds and assessments, and the organizations' paths of their
 * statements and 述职, in step with the tree, in the move's transaction: a list or an assessment keeps binding the
 * subtree of the organization that issued it wherever that organization goes.
 */
@Component
class ResponsibilityPathListener {

    /** Every column holding an organization's path, as table.column. */
    static final String[] PATHS = {"resp_list.issuer_path", "resp_statement.org_path", "resp_review_round.issuer_path",
            "resp_review.org_path", "resp_assessment.issuer_path"};

    private final OrgPathColumns columns;

    ResponsibilityPathListener(OrgPathColumns columns) {
        this.columns = columns;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        columns.rewrite(moved, PATHS);
    }
}
