package cn.dangjian.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.RectificationLedgerDocument;
import cn.dangjian.documents.RectificationReportDocument;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents generated from an inspection's items, never typed (ZG-01, ZG-03): the 整改台账 and the 整改情况报告,
 * each as PDF or as Word in the inspected organization's own format if one is uploaded. Whoever may see the
 * inspection may download them.
 */
@Service
@Transactional(readOnly = true)
public class InspectionDocuments {

    private final Inspections inspections;
    private final Documents documents;
    private final OrgUnits orgs;
    private final Clock clock;

    InspectionDocuments(Inspections inspections, Documents documents, OrgUnits orgs, Clock clock) {
        this.inspections = inspections;
        this.documents = documents;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The 整改台账: each problem with its measures, deadline, who, how it was fixed and closed; the counts. */
    public DutyFile ledger(AccessScope scope, long id, boolean pdf) {
        InspectionView v = inspections.get(scope, id);
        List<RectificationLedgerDocument.Row> rows = v.items().stream().map(i -> new RectificationLedgerDocument.Row(
                i.problem(), i.measures(), i.deadline(), i.owner(), i.leader(), i.immediate(),
                i.doneOn() == null || i.immediate() ? null : i.doneOn() + "：" + i.doneNote(),
                i.closedOn() == null ? null : i.closedOn() + "销号：" + i.closeNote())).toList();
        RectificationLedgerDocument doc = new RectificationLedgerDocument(v.orgName(), v.team() + v.kind().label(),
                v.feedbackOn(), v.reportsDue(), v.rectificationReportOn(), v.leaderReportOn(), rows);
        return file("整改台账（" + v.orgName() + "，" + v.feedbackOn() + "）", DocumentTemplate.RECTIFICATION_LEDGER,
                doc.toModel(), v, pdf);
    }

    /**
     * The 整改情况报告 as of today, drafted from the items: the feedback, how many problems there were, fixed on the
     * spot, done and closed, and each problem with what was done about it — still in hand ones with their
     * deadlines. The organization edits the Word file before it sends it; the platform keeps only the day it was sent.
     */
    public DutyFile report(AccessScope scope, long id, boolean pdf) {
        InspectionView v = inspections.get(scope, id);
        LocalDate today = LocalDate.now(clock);
        List<RectificationReportDocument.Item> items = v.items().stream().map(i -> new RectificationReportDocument.Item(
                i.problem(), i.measures(), i.deadline(), i.immediate(), i.doneNote(), i.state() == ItemState.CLOSED,
                i.state() != ItemState.CLOSED && i.overdueOn(today))).toList();
        RectificationReportDocument doc = new RectificationReportDocument(v.orgName(), v.team() + v.kind().label(),
                v.feedbackOn(), today, items);
        return file("整改情况报告（" + v.orgName() + "，" + v.feedbackOn() + "）", DocumentTemplate.RECTIFICATION_REPORT,
                doc.toModel(), v, pdf);
    }

    private DutyFile file(String name, DocumentTemplate template, java.util.Map<String, Object> model,
                          InspectionView v, boolean pdf) {
        return pdf ? new DutyFile(name + ".pdf", documents.pdf(template, model))
                : new DutyFile(name + ".docx", documents.docxFor(template, orgs.ref(v.orgId()).orElseThrow().path(), model));
    }
}
