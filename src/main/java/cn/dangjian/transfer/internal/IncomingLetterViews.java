package cn.dangjian.transfer.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.TransferReceiptDocument;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.transfer.IncomingLetterView;
import cn.dangjian.transfer.LetterFile;
import cn.dangjian.transfer.TransferDeadlines;
import org.springframework.stereotype.Component;

/**
 * Letters from outside the platform as pages and the API show them — the receiving organizations' names read in one
 * statement, the last valid day and the 回执's last day counted as {@link TransferDeadlines} counts them — and the
 * 回执 generated from one.
 */
@Component
public class IncomingLetterViews {

    private final OrgUnits orgs;
    private final WorkCalendar calendar;
    private final Documents documents;

    IncomingLetterViews(OrgUnits orgs, WorkCalendar calendar, Documents documents) {
        this.orgs = orgs;
        this.calendar = calendar;
        this.documents = documents;
    }

    public List<IncomingLetterView> of(List<IncomingLetter> letters) {
        if (letters.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        orgs.refs(letters.stream().map(IncomingLetter::orgId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        WorkingDays days = calendar.workingDays();
        return letters.stream().map(l -> new IncomingLetterView(l.id(), l.orgId(), names.getOrDefault(l.orgId(), ""),
                l.memberId(), l.memberName(), l.issuer(), l.fromName(), l.letterNo(), l.issuedOn(), l.validityDays(),
                TransferDeadlines.validThrough(l.issuedOn(), l.validityDays(), days), l.duesPaidUpTo(), l.receivedOn(),
                TransferDeadlines.receiptDue(l.receivedOn(), days), l.receiptSentOn(), l.receiptHandler(),
                l.receiptPhone(), l.recordedBy(), l.version())).toList();
    }

    /** The 回执 of {@code l}, addressed to its issuer, in the receiving organization's own Word format if it has one. */
    public LetterFile receipt(IncomingLetter l, LetterFile.Format format) {
        var model = new TransferReceiptDocument(l.letterNo(), l.issuer(), l.memberName(), l.receivedOn(),
                l.receiptHandler(), l.receiptPhone()).toModel();
        String name = ("党员组织关系介绍信回执（" + l.memberName() + "，第" + l.letterNo() + "号）").replaceAll("[\\\\/:*?\"<>|]", "-");
        return format == LetterFile.Format.PDF
                ? new LetterFile(name + ".pdf", documents.pdf(DocumentTemplate.TRANSFER_RECEIPT, model))
                : new LetterFile(name + ".docx", documents.docxFor(DocumentTemplate.TRANSFER_RECEIPT, l.orgPath(), model));
    }
}
